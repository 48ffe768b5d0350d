#pragma once
// The native transport: a lean HTTP/1.1 client straight on QTcpSocket / QSslSocket, one keep-alive connection
// per virtual user, responses parsed incrementally by HttpResponseParser (libhttp-parser). It exists because
// QNetworkAccessManager spends most of its time on machinery a load test does not need (about a tenth of the
// request rate of a plain socket loop). No HTTP/2, proxies, authentication, cookies, compression or redirects:
// see docs/native-transport.md.

#include "Transport.h"

#include <memory>

namespace ls {

class NativeTransport final : public Transport
{
public:
    explicit NativeTransport(const TransportOptions &options);
    ~NativeTransport() override;

    QString name() const override { return QStringLiteral("native"); }
    std::unique_ptr<Connection> createConnection() override;

    // What the connections of one transport share (they all live on the transport's thread).
    struct Shared;

private:
    std::shared_ptr<Shared> m_shared;
};

} // namespace ls
