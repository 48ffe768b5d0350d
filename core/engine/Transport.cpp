#include "Transport.h"
#include "NativeTransport.h"
#include "QnamTransport.h"

namespace ls {

namespace {

// What a plan asks of its transport beyond plain HTTP/1.1 (with or without TLS). The plan format has no such
// options yet; when it gets HTTP/2, proxy or authentication settings they set these and "auto" picks qnam.
struct TransportNeeds
{
    bool http2 = false;
    bool proxy = false;
    bool authentication = false;
};

TransportNeeds needsOf(const TransportOptions &)
{
    return {};
}

// "auto": the fast native transport whenever it can do everything the plan needs.
QString autoTransportFor(const TransportNeeds &needs)
{
    const bool nativeCan = !needs.http2 && !needs.proxy && !needs.authentication;
    return nativeCan ? QStringLiteral("native") : QStringLiteral("qnam");
}

} // namespace

std::unique_ptr<Transport> createTransport(const QString &name, const TransportOptions &options, QString *error)
{
    const QString concrete = name == QLatin1String("auto") ? autoTransportFor(needsOf(options)) : name;
    if (concrete == QLatin1String("native"))
        return std::make_unique<NativeTransport>(options);
    if (concrete == QLatin1String("qnam"))
        return std::make_unique<QnamTransport>(options);
    if (error)
        *error = QStringLiteral("unknown transport \"%1\" (known: auto, native, qnam)").arg(name);
    return nullptr;
}

QString resolvedTransportName(const QString &name)
{
    return name == QLatin1String("auto") ? autoTransportFor(needsOf(TransportOptions())) : name;
}

} // namespace ls
