#pragma once
// Why a request failed. Unexpected HTTP statuses keep their code ("http_429", "http_503") so rate limiting and
// overload stay visible; everything else falls into a fixed set of classes.

#include <QString>

#include <map>

namespace ls {

enum class ErrorClass
{
    None = 0,          // success
    Timeout,           // no complete response within the plan's timeout
    ConnectionRefused, // nothing listening
    ConnectionReset,   // the server closed or reset the connection mid-request
    DnsFailure,        // host name not resolved
    TlsError,          // handshake or certificate failure
    Http,              // a status the scenario does not expect (key carries the code)
    CheckFailed,       // status fine, but a body or JSON check failed
    Aborted,           // still in flight when the phase's graceful stop ran out
    Dropped,           // open model: no free user to send it at its scheduled time (never sent)
    ProtocolError,     // the response was not valid HTTP
    Other,
};

// A compact key for counting: the class, and for ErrorClass::Http the status (1000 + status).
using ErrorKey = int;
constexpr ErrorKey errorKey(ErrorClass cls, int httpStatus = 0)
{
    return cls == ErrorClass::Http ? 1000 + httpStatus : static_cast<int>(cls);
}
ErrorClass errorClassOf(ErrorKey key);
// "timeout", "connection_refused", ..., "http_503"
QString errorKeyName(ErrorKey key);
// Inverse of errorKeyName; -1 when unknown.
ErrorKey errorKeyFromName(const QString &name);

struct ErrorTally
{
    qint64 count = 0;
    QString sampleMessage; // the first message seen for this class
};
using ErrorTallies = std::map<ErrorKey, ErrorTally>;

void addTally(ErrorTallies &into, ErrorKey key, qint64 count, const QString &sample);
void mergeTallies(ErrorTallies &into, const ErrorTallies &from);

} // namespace ls
