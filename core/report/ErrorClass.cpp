#include "ErrorClass.h"

#include <array>

namespace ls {

namespace {
// Indexed by ErrorClass; Http is spelled per status code.
constexpr std::array<const char *, 12> classNames = {
    "none",           "timeout", "connection_refused", "connection_reset", "dns_failure",
    "tls_error",      "http",    "check_failed",       "aborted",          "dropped",
    "protocol_error", "other",
};
} // namespace

ErrorClass errorClassOf(ErrorKey key)
{
    if (key >= 1000)
        return ErrorClass::Http;
    if (key < 0 || key >= static_cast<int>(classNames.size()))
        return ErrorClass::Other;
    return static_cast<ErrorClass>(key);
}

QString errorKeyName(ErrorKey key)
{
    if (key >= 1000)
        return QStringLiteral("http_") + QString::number(key - 1000);
    return QString::fromLatin1(classNames.at(static_cast<std::size_t>(errorClassOf(key))));
}

ErrorKey errorKeyFromName(const QString &name)
{
    if (name.startsWith(QLatin1String("http_"))) {
        bool ok = false;
        const int status = name.mid(5).toInt(&ok);
        return ok && status >= 100 && status <= 999 ? errorKey(ErrorClass::Http, status) : -1;
    }
    for (std::size_t i = 1; i < classNames.size(); ++i) {
        if (i != static_cast<std::size_t>(ErrorClass::Http) && name == QLatin1String(classNames.at(i)))
            return static_cast<int>(i);
    }
    return -1;
}

void addTally(ErrorTallies &into, ErrorKey key, qint64 count, const QString &sample)
{
    ErrorTally &tally = into[key];
    if (tally.count == 0 && tally.sampleMessage.isEmpty())
        tally.sampleMessage = sample;
    tally.count += count;
}

void mergeTallies(ErrorTallies &into, const ErrorTallies &from)
{
    for (const auto &[key, tally] : from)
        addTally(into, key, tally.count, tally.sampleMessage);
}

} // namespace ls
