#pragma once
// An incremental HTTP/1.x response parser: a thin wrapper over libhttp-parser (response mode) that keeps only
// what a load test needs: the status, whether the connection may be reused, the body size and a bounded prefix
// of the body. Bytes can arrive in chunks of any size; one parser is reset and reused for every response.

#include <QByteArray>
#include <QString>

#include <http_parser.h>

namespace ls {

class HttpResponseParser
{
public:
    enum class Result
    {
        NeedMore,  // the response is not complete yet
        Complete,  // a final (non-1xx) response is complete
        Error,     // the bytes are not valid HTTP (errorName() says why)
        Truncated, // the stream ended before the response was complete (finish() only)
    };

    explicit HttpResponseParser(qint64 maxKeptBodyBytes = 1 << 20);
    HttpResponseParser(const HttpResponseParser &) = delete;
    HttpResponseParser &operator=(const HttpResponseParser &) = delete;

    // Starts a new response. A response to HEAD has no body whatever its headers say.
    void reset(bool headRequest = false);

    // Feeds the next bytes of the stream. Parsing stops right after a complete final response: *consumed (if
    // given) tells how many bytes belonged to it, so trailing bytes can be detected. Once the result is
    // Complete, Error or Truncated, further calls change nothing (until reset()).
    Result feed(const char *data, qsizetype size, qsizetype *consumed = nullptr);
    // The peer closed the stream: completes a close-delimited body, otherwise the response is Truncated
    // (also when no byte arrived at all).
    Result finish();

    Result result() const { return m_result; }
    bool receivedAny() const { return m_receivedAny; } // at least one byte of this response was fed
    int status() const { return m_status; }            // 0 until the status line of the final response is read
    bool keepAlive() const { return m_keepAlive; }     // the connection may carry another request (when Complete)
    qint64 bodyBytes() const { return m_bodyBytes; }   // the whole body so far
    const QByteArray &bodyPrefix() const { return m_bodyPrefix; } // at most maxKeptBodyBytes
    QByteArray takeBodyPrefix();
    // With capture on (for following redirects), the Location header of a 3xx response, trimmed; empty otherwise.
    void setCaptureLocation(bool on) { m_captureLocation = on; }
    QByteArray location() const { return m_location.trimmed(); }
    // For Result::Error: libhttp-parser's error name ("HPE_INVALID_CONSTANT") and a sentence for reports.
    const char *errorName() const;
    QString errorMessage() const;

private:
    const http_parser_settings &parserSettings() const;
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);

    http_parser m_parser;
    qint64 m_maxKept;
    Result m_result = Result::NeedMore;
    bool m_head = false;
    bool m_receivedAny = false;
    bool m_keepAlive = false;
    int m_status = 0;
    qint64 m_bodyBytes = 0;
    QByteArray m_bodyPrefix;
    bool m_captureLocation = false;
    QByteArray m_location;
    QByteArray m_headerField; // the header name being read (its first 64 bytes)
    bool m_inHeaderValue = false;
    http_errno m_error = HPE_OK;
};

} // namespace ls
