#pragma once
// The QNetworkAccessManager transport: full HTTP (TLS, proxies, HTTP/1.1) at moderate rates.
// Qt caps one manager at 6 connections per host, so the transport keeps one manager per 6 connections:
// every virtual user really gets a connection of its own.

#include "Transport.h"

#include <QNetworkAccessManager>

#include <memory>
#include <vector>

namespace ls {

class QnamTransport final : public Transport
{
public:
    explicit QnamTransport(const TransportOptions &options);
    ~QnamTransport() override;

    QString name() const override { return QStringLiteral("qnam"); }
    std::unique_ptr<Connection> createConnection() override;

    static constexpr int connectionsPerManager = 6;

private:
    friend class QnamConnection;
    struct Manager
    {
        std::unique_ptr<QNetworkAccessManager> manager;
        int liveConnections = 0;
    };
    void release(int managerIndex);
    void configure(QNetworkAccessManager *manager) const; // proxy and authentication from the options

    TransportOptions m_options;
    std::vector<Manager> m_managers;
};

} // namespace ls
