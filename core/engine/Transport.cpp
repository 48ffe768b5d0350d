#include "Transport.h"
#include "NativeTransport.h"
#include "QnamTransport.h"

namespace ls {

namespace {

// "auto": the fast native transport whenever it can do everything the plan needs.
QString autoTransportFor(const TransportOptions &options)
{
    const bool nativeCan = !options.http2 && options.proxy.isEmpty() && options.authUser.isEmpty();
    return nativeCan ? QStringLiteral("native") : QStringLiteral("qnam");
}

} // namespace

std::unique_ptr<Transport> createTransport(const QString &name, const TransportOptions &options, QString *error)
{
    const QString concrete = resolvedTransportName(name, options);
    if (concrete == QLatin1String("native")) {
        if (autoTransportFor(options) != concrete) {
            if (error)
                *error = QStringLiteral("the native transport speaks plain HTTP/1.1 without a proxy or server "
                                        "authentication; use \"auto\" or \"qnam\" for this plan");
            return nullptr;
        }
        return std::make_unique<NativeTransport>(options);
    }
    if (concrete == QLatin1String("qnam"))
        return std::make_unique<QnamTransport>(options);
    if (error)
        *error = QStringLiteral("unknown transport \"%1\" (known: auto, native, qnam)").arg(name);
    return nullptr;
}

QString resolvedTransportName(const QString &name, const TransportOptions &options)
{
    return name == QLatin1String("auto") ? autoTransportFor(options) : name;
}

} // namespace ls
