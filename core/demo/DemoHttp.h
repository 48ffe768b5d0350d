#pragma once
// The demo target's own small HTTP/1.1 layer: an incremental request parser that works on the connection's
// input buffer without copying, and a response formatter. Internal to lscore_demo.

#include <QByteArray>
#include <QByteArrayView>

namespace ls::demo {

inline constexpr qsizetype kMaxHeaderBytes = 64 * 1024; // request line + headers; more: 413
inline constexpr qsizetype kMaxBodyBytes = 1024 * 1024; // Content-Length above this: 413

struct RequestHead
{
    QByteArrayView method;
    QByteArrayView target; // as sent, e.g. "/api/health?x=1"
    QByteArrayView path;   // target without the query string
    int versionMinor = 1;  // HTTP/1.x
    bool keepAlive = true;
    bool expectContinue = false;
    qint64 contentLength = 0;
};

// Parses one request at a time from the front of a buffer. Call parse() with the buffer's unconsumed bytes
// whenever more arrived (the buffer may move between calls, but its front must stay the same); after Complete,
// drop consumed() bytes and call reset() before parsing the next request.
class RequestParser
{
public:
    enum class Result
    {
        NeedMore,
        Complete,
        Error,
    };

    Result parse(const char *data, qsizetype size);
    void reset();

    // Valid after Complete, or after NeedMore with headComplete() (then only until the buffer changes).
    const RequestHead &head() const { return head_; }
    QByteArrayView body() const { return body_; }
    qsizetype consumed() const { return consumed_; }
    bool headComplete() const { return headEnd_ >= 0; }

    int errorStatus() const { return errorStatus_; }
    const char *errorMessage() const { return errorMessage_; }

private:
    Result parseHead(const char *data);
    Result fail(int status, const char *message);
    void rebuildViews(const char *data);

    qsizetype headStart_ = -1; // after leading empty lines; -1 until known
    qsizetype lineStart_ = 0;  // start of the line being scanned for the end of the head
    qsizetype scanFrom_ = 0;
    qsizetype headEnd_ = -1; // offset of the body (just after the empty line)
    qsizetype consumed_ = 0;

    // Offsets of the views, so they can be rebuilt when the buffer moves.
    qsizetype methodOff_ = 0, methodLen_ = 0, targetOff_ = 0, targetLen_ = 0, pathLen_ = 0;

    RequestHead head_;
    QByteArrayView body_;
    int errorStatus_ = 0;
    const char *errorMessage_ = "";
};

const char *reasonPhrase(int status);

// Appends a complete response (status line, headers, JSON body) to out. extraHeaders are full lines ending in
// "\r\n". Content-Type is application/json; Connection is keep-alive or close.
void appendResponse(QByteArray &out, int status, QByteArrayView body, bool keepAlive, QByteArrayView extraHeaders = {});

// Appends a JSON string literal (with quotes) for text, escaping as needed.
void appendJsonString(QByteArray &out, QByteArrayView text);
void appendNumber(QByteArray &out, qint64 value);

// The current time, cached per thread and second: RFC 7231 form for the Date header and ISO 8601 (UTC).
QByteArrayView httpDateNow();
QByteArrayView isoTimestampNow();

} // namespace ls::demo
