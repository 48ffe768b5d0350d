#include "QnamTransport.h"

#include <QAuthenticator>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace ls {

namespace {

ErrorClass classify(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ErrorClass::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return ErrorClass::ConnectionReset;
    case QNetworkReply::HostNotFoundError:
        return ErrorClass::DnsFailure;
    case QNetworkReply::TimeoutError:
        return ErrorClass::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ErrorClass::TlsError;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return ErrorClass::ProtocolError;
    case QNetworkReply::OperationCanceledError:
        return ErrorClass::Aborted;
    default:
        return ErrorClass::Other;
    }
}

} // namespace

class QnamConnection final : public Connection
{
public:
    QnamConnection(QnamTransport *transport, int managerIndex)
        : m_transport(transport), m_managerIndex(managerIndex),
          m_manager(transport->m_managers[std::size_t(managerIndex)].manager.get())
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { timeOut(); });
    }

    ~QnamConnection() override
    {
        if (m_reply) {
            // Destroyed with a request in flight (worker shutting down): no completion is wanted any more.
            m_completion = nullptr;
            m_reply->disconnect();
            m_reply->abort();
            m_reply->deleteLater();
        }
        m_transport->release(m_managerIndex);
    }

    void send(const HttpRequest &request, qint64 timeoutMs, Completion completion) override
    {
        Q_ASSERT(!m_reply);
        QNetworkRequest req(QUrl::fromEncoded(request.url, QUrl::StrictMode));
        for (const auto &[name, value] : request.headers)
            req.setRawHeader(name, value);
        // One exchange per request: no redirects (the worker follows them when asked), cookies or cache; HTTP/2
        // only when the plan asks (over plain HTTP with prior knowledge, as there is no ALPN to negotiate it).
        const bool http2 = m_transport->m_options.http2;
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2);
        if (http2 && req.url().scheme() == QLatin1String("http"))
            req.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

        m_completion = std::move(completion);
        m_response = HttpResponse();
        m_response.bytesSent = request.body.size();
        m_timedOut = false;
        m_reply = m_manager->sendCustomRequest(req, request.method, request.body);
        // Bounded buffering: a huge response streams through readyRead instead of piling up in memory.
        m_reply->setReadBufferSize(64 * 1024);
        if (!m_transport->m_options.tlsVerify)
            QObject::connect(m_reply, &QNetworkReply::sslErrors, m_reply,
                             [reply = m_reply] { reply->ignoreSslErrors(); });
        QObject::connect(m_reply, &QNetworkReply::readyRead, m_reply,
                         [this, reply = m_reply.data()] { readBody(reply); });
        QObject::connect(m_reply, &QNetworkReply::finished, m_reply, [this] { finish(); });
        m_timer.start(int(std::min<qint64>(timeoutMs, std::numeric_limits<int>::max())));
    }

    void abort() override
    {
        if (m_reply)
            m_reply->abort(); // emits finished synchronously with OperationCanceledError
    }

private:
    void readBody(QNetworkReply *reply)
    {
        char chunk[16 * 1024];
        for (;;) {
            const qint64 n = reply->read(chunk, sizeof chunk);
            if (n <= 0)
                break;
            m_response.bodyBytes += n;
            const qint64 room = HttpResponse::maxKeptBodyBytes - m_response.bodyPrefix.size();
            if (room > 0)
                m_response.bodyPrefix.append(chunk, int(std::min(room, n)));
        }
    }

    void timeOut()
    {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    }

    void finish()
    {
        m_timer.stop();
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        readBody(reply); // the last bytes may arrive together with finished()
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (m_transport->m_options.keepLocation && status.toInt() >= 300 && status.toInt() < 400)
            m_response.location = reply->rawHeader(QByteArrayLiteral("Location")).trimmed();
        const QNetworkReply::NetworkError error = reply->error();
        if (m_timedOut) {
            m_response.error = ErrorClass::Timeout;
            m_response.message = QStringLiteral("no complete response within the timeout");
        } else if (status.isValid() && status.toInt() > 0 && error != QNetworkReply::OperationCanceledError &&
                   error != QNetworkReply::RemoteHostClosedError) {
            m_response.status = status.toInt();
        } else if (error != QNetworkReply::NoError) {
            m_response.error = classify(error);
            m_response.message = reply->errorString();
        } else {
            m_response.error = ErrorClass::ProtocolError;
            m_response.message = QStringLiteral("no HTTP status in the response");
        }
        reply->disconnect();
        reply->deleteLater();
        Completion completion = std::move(m_completion);
        m_completion = nullptr;
        if (completion)
            completion(std::move(m_response));
    }

    QnamTransport *m_transport;
    int m_managerIndex;
    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    Completion m_completion;
    HttpResponse m_response;
    bool m_timedOut = false;
};

QnamTransport::QnamTransport(const TransportOptions &options) : m_options(options) {}

QnamTransport::~QnamTransport() = default;

std::unique_ptr<Connection> QnamTransport::createConnection()
{
    int index = -1;
    for (std::size_t i = 0; i < m_managers.size(); ++i) {
        if (m_managers[i].liveConnections < connectionsPerManager) {
            index = int(i);
            break;
        }
    }
    if (index < 0) {
        auto manager = std::make_unique<QNetworkAccessManager>();
        manager->setAutoDeleteReplies(false);
        configure(manager.get());
        m_managers.push_back({std::move(manager), 0});
        index = int(m_managers.size() - 1);
    }
    ++m_managers[std::size_t(index)].liveConnections;
    return std::make_unique<QnamConnection>(this, index);
}

void QnamTransport::configure(QNetworkAccessManager *manager) const
{
    // Straight to the server unless the plan names a proxy: the system's proxy settings are not what a load test
    // of the target means.
    QNetworkProxy proxy(QNetworkProxy::NoProxy);
    if (!m_options.proxy.isEmpty()) {
        const QUrl url(m_options.proxy);
        proxy = QNetworkProxy(url.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy
                                                                      : QNetworkProxy::HttpProxy,
                              url.host(), quint16(url.port()), url.userName(), url.password());
    }
    manager->setProxy(proxy);
    if (!m_options.authUser.isEmpty()) {
        // Asked once per connection and scheme (Basic, Digest, NTLM), as the server challenges.
        QObject::connect(manager, &QNetworkAccessManager::authenticationRequired, manager,
                         [user = m_options.authUser, password = m_options.authPassword](QNetworkReply *,
                                                                                        QAuthenticator *authenticator) {
                             // A second challenge for the same reply means the credentials were refused: leaving
                             // them unset ends the reply with 401 instead of asking forever.
                             if (authenticator->user() == user && authenticator->password() == password)
                                 return;
                             authenticator->setUser(user);
                             authenticator->setPassword(password);
                         });
    }
}

void QnamTransport::release(int managerIndex)
{
    --m_managers[std::size_t(managerIndex)].liveConnections;
}

} // namespace ls
