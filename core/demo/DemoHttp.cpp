#include "DemoHttp.h"

#include <array>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string_view>

namespace ls::demo {

namespace {

// RFC 9110 token characters (method and header names).
constexpr std::array<bool, 256> makeTokenTable()
{
    std::array<bool, 256> t{};
    for (int c = '0'; c <= '9'; ++c)
        t[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[c] = true;
    for (const char c : std::string_view("!#$%&'*+-.^_`|~"))
        t[static_cast<unsigned char>(c)] = true;
    return t;
}
constexpr std::array<bool, 256> kToken = makeTokenTable();

bool isToken(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (const char c : v) {
        if (!kToken[static_cast<unsigned char>(c)])
            return false;
    }
    return true;
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// Case-insensitive comparison against a lower-case literal.
bool iequals(QByteArrayView v, std::string_view lowerLiteral)
{
    if (v.size() != qsizetype(lowerLiteral.size()))
        return false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (lower(v[i]) != lowerLiteral[size_t(i)])
            return false;
    }
    return true;
}

QByteArrayView trimOws(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

// Splits off the next line of [pos, end), without its "\r\n" or "\n"; advances pos past the line ending.
QByteArrayView nextLine(const char *data, qsizetype &pos, qsizetype end)
{
    const auto *nl = static_cast<const char *>(std::memchr(data + pos, '\n', size_t(end - pos)));
    const qsizetype lineEnd = nl ? nl - data : end;
    QByteArrayView line(data + pos, lineEnd - pos);
    pos = nl ? lineEnd + 1 : end;
    if (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    return line;
}

} // namespace

void RequestParser::reset()
{
    headStart_ = -1;
    lineStart_ = 0;
    scanFrom_ = 0;
    headEnd_ = -1;
    consumed_ = 0;
    head_ = RequestHead();
    body_ = {};
    errorStatus_ = 0;
    errorMessage_ = "";
}

RequestParser::Result RequestParser::fail(int status, const char *message)
{
    errorStatus_ = status;
    errorMessage_ = message;
    return Result::Error;
}

RequestParser::Result RequestParser::parse(const char *data, qsizetype size)
{
    if (errorStatus_ != 0)
        return Result::Error;
    if (headEnd_ < 0) {
        if (headStart_ < 0) {
            // Robustness (RFC 9112 2.2): ignore empty lines before the request line.
            qsizetype i = 0;
            while (i < size && (data[i] == '\r' || data[i] == '\n'))
                ++i;
            if (i == size)
                return size > kMaxHeaderBytes ? fail(400, "no request line") : Result::NeedMore;
            headStart_ = lineStart_ = scanFrom_ = i;
        }
        // Look for the empty line ending the head, resuming where the last call stopped.
        while (scanFrom_ < size) {
            const auto *nl = static_cast<const char *>(std::memchr(data + scanFrom_, '\n', size_t(size - scanFrom_)));
            if (!nl) {
                scanFrom_ = size;
                break;
            }
            const qsizetype i = nl - data;
            const qsizetype lineLen = i - lineStart_;
            if (lineLen == 0 || (lineLen == 1 && data[lineStart_] == '\r')) {
                headEnd_ = i + 1;
                break;
            }
            lineStart_ = scanFrom_ = i + 1;
        }
        if (headEnd_ < 0) {
            if (size - headStart_ > kMaxHeaderBytes)
                return fail(413, "request head larger than 64 KiB");
            return Result::NeedMore;
        }
        if (headEnd_ - headStart_ > kMaxHeaderBytes)
            return fail(413, "request head larger than 64 KiB");
        if (const Result r = parseHead(data); r == Result::Error)
            return r;
    } else {
        rebuildViews(data);
    }
    const qsizetype total = headEnd_ + qsizetype(head_.contentLength);
    if (size < total)
        return Result::NeedMore;
    body_ = QByteArrayView(data + headEnd_, qsizetype(head_.contentLength));
    consumed_ = total;
    return Result::Complete;
}

void RequestParser::rebuildViews(const char *data)
{
    head_.method = QByteArrayView(data + methodOff_, methodLen_);
    head_.target = QByteArrayView(data + targetOff_, targetLen_);
    head_.path = QByteArrayView(data + targetOff_, pathLen_);
}

RequestParser::Result RequestParser::parseHead(const char *data)
{
    qsizetype pos = headStart_;
    const QByteArrayView requestLine = nextLine(data, pos, headEnd_);
    if (requestLine.contains('\r') || requestLine.contains('\0'))
        return fail(400, "malformed request line");

    // method SP request-target SP HTTP-version, exactly one space each.
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return fail(400, "malformed request line");
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method))
        return fail(400, "malformed method");
    if (target.front() != '/')
        return fail(400, "request target must be an absolute path");
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return fail(400, "invalid character in request target");
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0' ||
        version[5] > '9' || version[7] < '0' || version[7] > '9')
        return fail(400, "malformed HTTP version");
    if (version[5] != '1' || version[7] > '1')
        return fail(505, "only HTTP/1.0 and HTTP/1.1 are supported");
    head_.versionMinor = version[7] - '0';

    methodOff_ = method.data() - data;
    methodLen_ = method.size();
    targetOff_ = target.data() - data;
    targetLen_ = target.size();
    pathLen_ = target.size();
    for (qsizetype i = 0; i < target.size(); ++i) {
        if (target[i] == '?' || target[i] == '#') {
            pathLen_ = i;
            break;
        }
    }

    bool sawLength = false, connClose = false, connKeepAlive = false;
    qint64 length = 0;
    while (pos < headEnd_) {
        const QByteArrayView line = nextLine(data, pos, headEnd_);
        if (line.isEmpty())
            break; // the terminating empty line
        if (line.front() == ' ' || line.front() == '\t')
            return fail(400, "obsolete header line folding");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, "malformed header line");
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = trimOws(line.sliced(colon + 1));
        if (value.contains('\r') || value.contains('\0'))
            return fail(400, "invalid character in header value");

        if (iequals(name, "content-length")) {
            if (value.isEmpty() || value.size() > 15)
                return fail(400, "invalid Content-Length");
            qint64 n = 0;
            for (const char c : value) {
                if (c < '0' || c > '9')
                    return fail(400, "invalid Content-Length");
                n = n * 10 + (c - '0');
            }
            if (sawLength && n != length)
                return fail(400, "conflicting Content-Length headers");
            sawLength = true;
            length = n;
        } else if (iequals(name, "transfer-encoding")) {
            return fail(501, "Transfer-Encoding is not supported, send a Content-Length");
        } else if (iequals(name, "connection")) {
            qsizetype start = 0;
            while (start <= value.size()) {
                qsizetype comma = value.indexOf(',', start);
                if (comma < 0)
                    comma = value.size();
                const QByteArrayView token = trimOws(value.sliced(start, comma - start));
                if (iequals(token, "close"))
                    connClose = true;
                else if (iequals(token, "keep-alive"))
                    connKeepAlive = true;
                start = comma + 1;
            }
        } else if (iequals(name, "expect")) {
            head_.expectContinue = iequals(value, "100-continue");
        }
    }
    if (length > kMaxBodyBytes)
        return fail(413, "request body larger than 1 MiB");
    head_.contentLength = length;
    head_.keepAlive = !connClose && (head_.versionMinor >= 1 || connKeepAlive);
    rebuildViews(data);
    return Result::Complete; // of the head; parse() checks the body
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

void appendNumber(QByteArray &out, qint64 value)
{
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = end;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

void appendResponse(QByteArray &out, int status, QByteArrayView body, bool keepAlive, QByteArrayView extraHeaders)
{
    out.append("HTTP/1.1 ");
    appendNumber(out, status);
    out.append(' ');
    out.append(reasonPhrase(status));
    out.append("\r\nContent-Type: application/json\r\nContent-Length: ");
    appendNumber(out, body.size());
    out.append(keepAlive ? "\r\nConnection: keep-alive\r\nDate: " : "\r\nConnection: close\r\nDate: ");
    out.append(httpDateNow());
    out.append("\r\nServer: LoadStudio-Demo\r\n");
    out.append(extraHeaders);
    out.append("\r\n");
    out.append(body);
}

void appendJsonString(QByteArray &out, QByteArrayView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                const char esc[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]};
                out.append(esc, sizeof esc);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

namespace {

struct TimeCache
{
    std::time_t second = -1;
    char http[40] = {};
    qsizetype httpLen = 0;
    char iso[40] = {};
    qsizetype isoLen = 0;

    void refresh()
    {
        const std::time_t now = std::time(nullptr);
        if (now == second)
            return;
        second = now;
        std::tm tm{};
        gmtime_r(&now, &tm);
        // Fixed English names: strftime's %a/%b would follow the locale.
        static constexpr const char *days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
        static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        httpLen =
            std::snprintf(http, sizeof http, "%s, %02d %s %04d %02d:%02d:%02d GMT", days[tm.tm_wday % 7], tm.tm_mday,
                          months[tm.tm_mon % 12], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
        isoLen = std::snprintf(iso, sizeof iso, "%04d-%02d-%02dT%02d:%02d:%02d+00:00", tm.tm_year + 1900, tm.tm_mon + 1,
                               tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    }
};

TimeCache &timeCache()
{
    thread_local TimeCache cache;
    cache.refresh();
    return cache;
}

} // namespace

QByteArrayView httpDateNow()
{
    const TimeCache &c = timeCache();
    return QByteArrayView(c.http, c.httpLen);
}

QByteArrayView isoTimestampNow()
{
    const TimeCache &c = timeCache();
    return QByteArrayView(c.iso, c.isoLen);
}

} // namespace ls::demo
