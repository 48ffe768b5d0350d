#include "HttpResponseParser.h"

#include <algorithm>
#include <utility>

namespace ls {

namespace {

constexpr qsizetype maxLocationBytes = 16 * 1024;

// Only the callbacks we need: headers are not kept (libhttp-parser itself tracks Content-Length,
// Transfer-Encoding and Connection), so no per-header work is done at all unless redirects are followed.
http_parser_settings makeSettings(http_cb headersComplete, http_data_cb body, http_cb messageComplete)
{
    http_parser_settings s;
    http_parser_settings_init(&s);
    s.on_headers_complete = headersComplete;
    s.on_body = body;
    s.on_message_complete = messageComplete;
    return s;
}

} // namespace

HttpResponseParser::HttpResponseParser(qint64 maxKeptBodyBytes) : m_maxKept(std::max<qint64>(0, maxKeptBodyBytes))
{
    reset();
}

void HttpResponseParser::reset(bool headRequest)
{
    http_parser_init(&m_parser, HTTP_RESPONSE);
    m_parser.data = this;
    // Like browsers, accept "Transfer-Encoding: chunked" together with Content-Length (chunked wins).
    m_parser.allow_chunked_length = 1;
    m_result = Result::NeedMore;
    m_head = headRequest;
    m_receivedAny = false;
    m_keepAlive = false;
    m_status = 0;
    m_bodyBytes = 0;
    m_bodyPrefix.resize(0); // keeps the capacity when the previous prefix was not taken
    m_location.resize(0);
    m_headerField.resize(0);
    m_inHeaderValue = false;
    m_error = HPE_OK;
}

const http_parser_settings &HttpResponseParser::parserSettings() const
{
    static const http_parser_settings plain = makeSettings(&onHeadersComplete, &onBody, &onMessageComplete);
    static const http_parser_settings withLocation = [] {
        http_parser_settings s = makeSettings(&onHeadersComplete, &onBody, &onMessageComplete);
        s.on_header_field = &onHeaderField;
        s.on_header_value = &onHeaderValue;
        return s;
    }();
    return m_captureLocation ? withLocation : plain;
}

HttpResponseParser::Result HttpResponseParser::feed(const char *data, qsizetype size, qsizetype *consumed)
{
    const http_parser_settings &settings = parserSettings();
    if (consumed)
        *consumed = 0;
    if (m_result != Result::NeedMore || size <= 0)
        return m_result;
    m_receivedAny = true;
    const std::size_t parsed = http_parser_execute(&m_parser, &settings, data, std::size_t(size));
    if (consumed)
        *consumed = qsizetype(std::min(parsed, std::size_t(size)));
    if (m_result == Result::Complete)
        return m_result; // paused right after the final response (HPE_PAUSED is expected here)
    const http_errno error = HTTP_PARSER_ERRNO(&m_parser);
    if (m_result == Result::Error) {
        // set by a callback (a status below 100)
    } else if (error != HPE_OK) {
        m_error = error;
        m_result = Result::Error;
    } else if (parsed != std::size_t(size)) {
        // libhttp-parser stops early without an error only for an upgrade, which onMessageComplete handles.
        m_error = HPE_UNKNOWN;
        m_result = Result::Error;
    }
    return m_result;
}

HttpResponseParser::Result HttpResponseParser::finish()
{
    if (m_result != Result::NeedMore)
        return m_result;
    const http_parser_settings &settings = parserSettings();
    // Zero bytes tell libhttp-parser the stream ended: a close-delimited body completes, anything else is cut.
    http_parser_execute(&m_parser, &settings, nullptr, 0);
    if (m_result != Result::Complete)
        m_result = Result::Truncated;
    return m_result;
}

QByteArray HttpResponseParser::takeBodyPrefix()
{
    return std::exchange(m_bodyPrefix, QByteArray());
}

const char *HttpResponseParser::errorName() const
{
    return http_errno_name(m_error);
}

QString HttpResponseParser::errorMessage() const
{
    return QStringLiteral("invalid HTTP response: %1 (%2)")
        .arg(QLatin1StringView(http_errno_name(m_error)), QLatin1StringView(http_errno_description(m_error)));
}

// Header names and values may arrive in pieces (a chunk boundary anywhere): a name is complete once its value
// starts. Only the Location of a redirect is kept.
int HttpResponseParser::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    auto *self = static_cast<HttpResponseParser *>(parser->data);
    if (self->m_inHeaderValue) {
        self->m_headerField.resize(0);
        self->m_inHeaderValue = false;
    }
    if (self->m_headerField.size() < 64) // longer names are not "Location"
        self->m_headerField.append(at, qsizetype(std::min<size_t>(length, 64)));
    return 0;
}

int HttpResponseParser::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    auto *self = static_cast<HttpResponseParser *>(parser->data);
    self->m_inHeaderValue = true;
    const int status = int(parser->status_code);
    if (status < 300 || status > 399 || self->m_headerField.compare("location", Qt::CaseInsensitive) != 0)
        return 0;
    const qsizetype room = maxLocationBytes - self->m_location.size();
    if (room > 0)
        self->m_location.append(at, qsizetype(std::min<size_t>(size_t(room), length)));
    return 0;
}

int HttpResponseParser::onHeadersComplete(http_parser *parser)
{
    auto *self = static_cast<HttpResponseParser *>(parser->data);
    self->m_status = int(parser->status_code);
    if (self->m_status < 100) {
        // "HTTP/1.1 042": libhttp-parser accepts any three digits, but such a status means nothing.
        self->m_error = HPE_INVALID_STATUS;
        self->m_result = Result::Error;
        return -1;
    }
    // 1 = "this message has no body". libhttp-parser cannot know the request was HEAD, and it would wait for a
    // body after 1xx, 204 or 304 when the server sent a Content-Length (which there describes the resource).
    const int s = self->m_status;
    return self->m_head || s < 200 || s == 204 || s == 304 ? 1 : 0;
}

int HttpResponseParser::onBody(http_parser *parser, const char *at, size_t length)
{
    auto *self = static_cast<HttpResponseParser *>(parser->data);
    self->m_bodyBytes += qint64(length);
    const qint64 room = self->m_maxKept - self->m_bodyPrefix.size();
    if (room > 0)
        self->m_bodyPrefix.append(at, qsizetype(std::min<qint64>(room, qint64(length))));
    return 0;
}

int HttpResponseParser::onMessageComplete(http_parser *parser)
{
    auto *self = static_cast<HttpResponseParser *>(parser->data);
    const int status = int(parser->status_code);
    if (status < 200 && status != 101) {
        // An interim response (100 Continue, 103 Early Hints): the final one follows on the same stream.
        self->m_status = 0;
        self->m_location.resize(0);
        return 0;
    }
    self->m_status = status;
    // After 101 Switching Protocols the stream is no longer HTTP: never reuse it.
    self->m_keepAlive = status != 101 && http_should_keep_alive(parser) != 0;
    self->m_result = Result::Complete;
    // Stop here so the caller learns which bytes belonged to this response.
    http_parser_pause(parser, 1);
    return 0;
}

} // namespace ls
