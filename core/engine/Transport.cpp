#include "QnamTransport.h"
#include "Transport.h"

namespace ls {

std::unique_ptr<Transport> createTransport(const QString &name, const TransportOptions &options, QString *error)
{
    if (name == QLatin1String("auto") || name == QLatin1String("qnam"))
        return std::make_unique<QnamTransport>(options);
    if (error)
        *error = QStringLiteral("unknown transport \"%1\" (known: auto, qnam)").arg(name);
    return nullptr;
}

QString resolvedTransportName(const QString &name)
{
    return name == QLatin1String("auto") ? QStringLiteral("qnam") : name;
}

} // namespace ls
