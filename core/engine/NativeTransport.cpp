#include "NativeTransport.h"

#include "HttpResponseParser.h"
#include "StampedReceive.h"

#include <QMetaObject>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>
#include <utility>

namespace ls {

namespace {

constexpr qint64 readChunkBytes = 64 * 1024;

} // namespace

struct NativeTransport::Shared
{
    explicit Shared(const TransportOptions &o) : options(o), readBuffer(new char[readChunkBytes]) {}

    // Built on first use: plain-HTTP runs never touch the TLS backend.
    const QSslConfiguration &tlsConfiguration()
    {
        if (!tls) {
            QSslConfiguration c = QSslConfiguration::defaultConfiguration();
            c.setPeerVerifyMode(options.tlsVerify ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
            // Offer only HTTP/1.1 so a server that prefers HTTP/2 does not pick it.
            c.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
            tls = std::move(c);
        }
        return *tls;
    }

    TransportOptions options;
    // One read buffer for all connections: they run on one thread and never read at the same time.
    std::unique_ptr<char[]> readBuffer;
    std::optional<QSslConfiguration> tls;
};

namespace {

bool equalsNoCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), b.data(), a.size()) == 0;
}

bool equalsNoCase(const QByteArray &a, std::string_view b)
{
    return equalsNoCase(std::string_view(a.constData(), std::size_t(a.size())), b);
}

// The scheme and authority of a URL, parsed once and reused while requests go to the same origin.
struct Origin
{
    QByteArray key; // "http://host:port", exactly the URL's bytes before the path
    bool tls = false;
    QString host; // for connectToHost (IPv6 without brackets)
    quint16 port = 0;
    QByteArray hostHeader; // "host", or "host:port" when the port is not the scheme's default

    bool sameEndpoint(const Origin &o) const { return tls == o.tls && port == o.port && host == o.host; }
};

// Splits an absolute http(s) URL; *pathStart is where the path (or query) begins.
bool parseOrigin(std::string_view url, Origin *out, std::size_t *pathStart, QString *error)
{
    const std::size_t sep = url.find("://");
    if (sep == std::string_view::npos) {
        *error = QStringLiteral("not an absolute URL: %1").arg(QLatin1StringView(url.data(), qsizetype(url.size())));
        return false;
    }
    const std::string_view scheme = url.substr(0, sep);
    if (equalsNoCase(scheme, "http")) {
        out->tls = false;
    } else if (equalsNoCase(scheme, "https")) {
        out->tls = true;
    } else {
        *error = QStringLiteral("unsupported URL scheme \"%1\" (the native transport speaks http and https)")
                     .arg(QLatin1StringView(scheme.data(), qsizetype(scheme.size())));
        return false;
    }
    const std::size_t authorityStart = sep + 3;
    std::size_t authorityEnd = url.find_first_of("/?#", authorityStart);
    if (authorityEnd == std::string_view::npos)
        authorityEnd = url.size();
    std::string_view authority = url.substr(authorityStart, authorityEnd - authorityStart);
    // User info ("user:pass@") is not sent anywhere: plans carry credentials in headers.
    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos)
        authority.remove_prefix(at + 1);

    std::string_view host;
    std::string_view portText;
    bool ipv6 = false;
    if (!authority.empty() && authority.front() == '[') {
        const std::size_t close = authority.find(']');
        const std::string_view rest =
            close == std::string_view::npos ? std::string_view() : authority.substr(close + 1);
        if (close == std::string_view::npos || (!rest.empty() && rest.front() != ':')) {
            *error =
                QStringLiteral("invalid host in URL: %1").arg(QLatin1StringView(url.data(), qsizetype(url.size())));
            return false;
        }
        host = authority.substr(1, close - 1);
        portText = rest.empty() ? rest : rest.substr(1);
        ipv6 = true;
    } else if (const std::size_t colon = authority.rfind(':'); colon != std::string_view::npos) {
        host = authority.substr(0, colon);
        portText = authority.substr(colon + 1);
    } else {
        host = authority;
    }
    const quint16 defaultPort = out->tls ? 443 : 80;
    unsigned port = defaultPort;
    if (!portText.empty()) {
        const auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
        if (ec != std::errc() || end != portText.data() + portText.size() || port == 0 || port > 65535) {
            *error =
                QStringLiteral("invalid port in URL: %1").arg(QLatin1StringView(url.data(), qsizetype(url.size())));
            return false;
        }
    }
    if (host.empty()) {
        *error = QStringLiteral("no host in URL: %1").arg(QLatin1StringView(url.data(), qsizetype(url.size())));
        return false;
    }
    out->key = QByteArray(url.data(), qsizetype(authorityEnd));
    out->host = QString::fromLatin1(host.data(), qsizetype(host.size()));
    out->port = quint16(port);
    out->hostHeader.clear();
    if (ipv6)
        out->hostHeader.append('[').append(host.data(), qsizetype(host.size())).append(']');
    else
        out->hostHeader.append(host.data(), qsizetype(host.size()));
    if (port != defaultPort)
        out->hostHeader.append(':').append(QByteArray::number(port));
    *pathStart = authorityEnd;
    return true;
}

void appendNumber(QByteArray &to, qint64 value)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    Q_UNUSED(ec);
    to.append(digits, qsizetype(end - digits));
}

} // namespace

class NativeConnection final : public Connection
{
public:
    explicit NativeConnection(std::shared_ptr<NativeTransport::Shared> shared) : m_shared(std::move(shared))
    {
        m_parser.setCaptureLocation(m_shared->options.keepLocation);
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_context, [this] { onTimeout(); });
    }

    ~NativeConnection() override
    {
        // Destroyed with a request in flight (worker shutting down): no completion is wanted any more.
        m_completion = nullptr;
        m_state = State::Idle;
        if (m_socket) {
            QObject::disconnect(m_socket, nullptr, &m_context, nullptr);
            m_socket->abort();
            delete m_socket; // not from inside the socket's own signals: the worker never destroys users there
            m_socket = nullptr;
        }
    }

    void send(const HttpRequest &request, qint64 timeoutMs, Completion completion) override
    {
        Q_ASSERT(m_state == State::Idle);
        m_completion = std::move(completion);
        m_state = State::Active;
        m_inSend = true;
        m_retried = false;
        m_bodySize = request.body.size();
        m_timer.start(int(std::clamp<qint64>(timeoutMs, 0, std::numeric_limits<int>::max())));
        QString error;
        if (prepare(request, &error))
            startExchange();
        else
            fail(ErrorClass::Other, error);
        m_inSend = false;
        // A failure noticed inside send() (bad URL, an immediate socket error) is reported from the event loop.
        if (m_state == State::Delivering)
            QMetaObject::invokeMethod(
                &m_context, [this] { deliverDeferred(); }, Qt::QueuedConnection);
    }

    void abort() override
    {
        if (m_state == State::Idle)
            return;
        if (m_state == State::Active) {
            m_timer.stop();
            dropSocket(); // mid-exchange: the connection's state is unknown
        }
        m_deferred = HttpResponse();
        HttpResponse response;
        response.error = ErrorClass::Aborted; // no message: the caller knows why it aborted
        response.bytesSent = m_bodySize;
        m_state = State::Idle;
        Completion completion = std::exchange(m_completion, nullptr);
        completion(std::move(response));
    }

private:
    enum class State
    {
        Idle,       // no request
        Active,     // a request is being sent or its response read
        Delivering, // finished inside send(); the completion is queued
    };

    // Parses the target (cached per origin) and builds the request bytes into the reused buffer.
    bool prepare(const HttpRequest &request, QString *error)
    {
        const std::string_view url(request.url.constData(), std::size_t(request.url.size()));
        std::size_t pathStart = 0;
        const std::string_view key(m_origin.key.constData(), std::size_t(m_origin.key.size()));
        if (!key.empty() && url.size() >= key.size() && url.compare(0, key.size(), key) == 0 &&
            (url.size() == key.size() || std::strchr("/?#", url[key.size()]))) {
            pathStart = key.size();
        } else {
            Origin origin;
            if (!parseOrigin(url, &origin, &pathStart, error))
                return false;
            if (!origin.sameEndpoint(m_origin))
                dropSocket();
            m_origin = std::move(origin);
        }
        std::string_view target = url.substr(pathStart);
        if (const std::size_t hash = target.find('#'); hash != std::string_view::npos)
            target = target.substr(0, hash); // fragments never go on the wire

        const QByteArray method = request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method;
        m_head = method == "HEAD";
        bool hasHost = false;
        bool hasUserAgent = false;
        for (const auto &[name, value] : request.headers) {
            hasHost = hasHost || equalsNoCase(name, "host");
            hasUserAgent = hasUserAgent || equalsNoCase(name, "user-agent");
        }

        QByteArray &out = m_request;
        out.resize(0); // keeps the capacity of earlier requests
        out.append(method).append(' ');
        if (target.empty() || target.front() != '/')
            out.append('/');
        out.append(target.data(), qsizetype(target.size())).append(" HTTP/1.1\r\n");
        if (!hasHost)
            out.append("Host: ").append(m_origin.hostHeader).append("\r\n");
        if (!hasUserAgent)
            out.append("User-Agent: LoadStudio/" LOADSTUDIO_VERSION "\r\n");
        for (const auto &[name, value] : request.headers) {
            // The body goes out as is, with the length computed here.
            if (equalsNoCase(name, "content-length") || equalsNoCase(name, "transfer-encoding"))
                continue;
            out.append(name).append(": ").append(value).append("\r\n");
        }
        if (!request.body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
            out.append("Content-Length: ");
            appendNumber(out, request.body.size());
            out.append("\r\n");
        }
        out.append("\r\n").append(request.body);
        return true;
    }

    // Sends the prepared request on the kept-alive connection, or on a new one.
    void startExchange()
    {
        m_parser.reset(m_head);
        m_arrivedNs = 0;
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            dropSocket();
        if (!m_socket) {
            openSocket();
            if (m_state != State::Active)
                return; // failed at once
        }
        // One write of the whole request. A TLS socket buffers it until encrypted; a plain socket is unbuffered and
        // is written once connected (onConnected).
        if (m_origin.tls || m_tcpConnected)
            writeRequest();
    }

    void writeRequest()
    {
        // An unbuffered socket reports a failed write only here (no signal): e.g. the server closed the idle
        // connection just before.
        if (m_socket->write(m_request.constData(), m_request.size()) < 0)
            onEnded(m_socket->error());
    }

    void openSocket()
    {
        m_socketResponses = 0;
        m_tcpConnected = false;
        m_socketEnded = false;
        m_stampedReads = false;
        m_tlsProblem.clear();
        if (m_origin.tls) {
            if (!QSslSocket::supportsSsl()) {
                fail(ErrorClass::TlsError, QStringLiteral("TLS is not available (no TLS backend)"));
                return;
            }
            auto *socket = new QSslSocket;
            socket->setSslConfiguration(m_shared->tlsConfiguration());
            QObject::connect(socket, &QSslSocket::sslErrors, &m_context, [this](const QList<QSslError> &errors) {
                QStringList texts;
                for (const QSslError &e : errors)
                    texts.append(e.errorString());
                m_tlsProblem = QStringLiteral("certificate verification failed: ") + texts.join(QStringLiteral("; "));
            });
            m_socket = socket;
        } else {
            m_socket = new QTcpSocket;
        }
        // Straight to the server: without this every connect asks the system proxy configuration (libproxy on
        // Linux, on a thread of its own), which is slow and not what a load test of the target means.
        m_socket->setProxy(QNetworkProxy::NoProxy);
        QObject::connect(m_socket, &QAbstractSocket::connected, &m_context, [this] { onConnected(); });
        QObject::connect(m_socket, &QAbstractSocket::readyRead, &m_context, [this] { onReadyRead(); });
        QObject::connect(m_socket, &QAbstractSocket::errorOccurred, &m_context,
                         [this](QAbstractSocket::SocketError error) { onEnded(error); });
        QObject::connect(m_socket, &QAbstractSocket::disconnected, &m_context,
                         [this] { onEnded(QAbstractSocket::RemoteHostClosedError); });
        // Sockets emit errors synchronously from here on some failures; onEnded copes (see complete()).
        if (m_origin.tls)
            static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(m_origin.host, m_origin.port);
        else // unbuffered: a request goes straight to the kernel, and a response straight to the parser
            m_socket->connectToHost(m_origin.host, m_origin.port, QIODevice::ReadWrite | QIODevice::Unbuffered);
    }

    void dropSocket()
    {
        if (!m_socket)
            return;
        QObject::disconnect(m_socket, nullptr, &m_context, nullptr);
        m_socket->abort();
        m_socket->deleteLater(); // we may be inside one of its signals
        m_socket = nullptr;
        m_socketResponses = 0;
        m_tcpConnected = false;
    }

    void onConnected()
    {
        m_tcpConnected = true;
        // Requests are written in one piece; don't let Nagle hold back the next one.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Plain sockets are read past Qt (recvmsg) to learn when a response arrived; TLS ones are read through it.
        m_stampedReads = !m_origin.tls && enableReceiveTimestamps(m_socket->socketDescriptor());
        if (!m_origin.tls && m_state == State::Active)
            writeRequest();
    }

    void onReadyRead()
    {
        if (m_state != State::Active) {
            // Bytes nobody asked for (the connection is out of step), or the server closed the idle connection:
            // either way it is not reused.
            if (m_socket->read(m_shared->readBuffer.get(), readChunkBytes) != 0)
                dropSocket();
            return;
        }
        if (!drain() && m_socketEnded)
            onEnded(m_socket->error()); // an unbuffered socket ends without a signal: read() said so
    }

    // Feeds what the socket has to the parser. True when that ended the exchange.
    bool drain()
    {
        char *buffer = m_shared->readBuffer.get();
        // Read until the socket has nothing more (read() returns 0), rather than asking bytesAvailable() first:
        // for an unbuffered socket each such question is a system call.
        for (;;) {
            bool stamped = false;
            qint64 n = -2;
            if (m_stampedReads) {
                const StampedRead read = receiveStamped(m_socket->socketDescriptor(), buffer, readChunkBytes);
                n = read.bytes;
                stamped = n > 0;
                if (stamped && read.arrivedNs > 0)
                    m_arrivedNs = read.arrivedNs;
            }
            // Nothing (more) to read, the end, or an error: Qt's own read says which, and only a read through Qt
            // re-arms its read notification.
            if (!stamped)
                n = m_socket->read(buffer, readChunkBytes);
            if (n < 0)
                m_socketEnded = true; // closed or reset (its error() says which); the socket emits nothing more
            if (n <= 0)
                return false;
            qsizetype used = 0;
            switch (m_parser.feed(buffer, qsizetype(n), &used)) {
            case HttpResponseParser::Result::Complete:
                // Bytes after the response were never asked for: answer this one, then drop the connection.
                succeed(used < n || (stamped && !rearmAfterStampedRead()));
                return true;
            case HttpResponseParser::Result::Error:
                fail(ErrorClass::ProtocolError, m_parser.errorMessage());
                return true;
            case HttpResponseParser::Result::NeedMore:
            case HttpResponseParser::Result::Truncated:
                break;
            }
        }
        return false;
    }

    // After a read past Qt, one read through it (normally finding nothing) so it notifies about the next response.
    // False when that found bytes nobody asked for, or the end: the connection is not reused then.
    bool rearmAfterStampedRead() { return m_socket->read(m_shared->readBuffer.get(), readChunkBytes) == 0; }

    // The socket failed or closed (errorOccurred, or disconnected as a RemoteHostClosedError).
    void onEnded(QAbstractSocket::SocketError error)
    {
        if (m_state != State::Active) {
            dropSocket(); // an idle keep-alive connection went away: the next send opens a new one
            return;
        }
        if (drain()) // the last bytes may come with the close
            return;
        const bool closed = error == QAbstractSocket::RemoteHostClosedError;
        if (closed && m_parser.receivedAny() && m_parser.finish() == HttpResponseParser::Result::Complete) {
            succeed(true); // a body delimited by the close
            return;
        }
        if (!m_parser.receivedAny() && m_socketResponses > 0 && !m_retried) {
            // The server closed an idle keep-alive connection just as we sent: once more on a fresh one.
            m_retried = true;
            dropSocket();
            startExchange();
            return;
        }
        const bool inHandshake = m_origin.tls && m_tcpConnected && !static_cast<QSslSocket *>(m_socket)->isEncrypted();
        const QString socketText = m_socket->errorString();
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            fail(ErrorClass::ConnectionRefused, QStringLiteral("connection refused by %1").arg(endpoint()));
            return;
        case QAbstractSocket::HostNotFoundError:
            fail(ErrorClass::DnsFailure, QStringLiteral("host not found: %1").arg(m_origin.host));
            return;
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::SslInternalError:
        case QAbstractSocket::SslInvalidUserDataError:
            fail(ErrorClass::TlsError, QStringLiteral("TLS handshake with %1 failed: %2")
                                           .arg(endpoint(), m_tlsProblem.isEmpty() ? socketText : m_tlsProblem));
            return;
        default:
            break;
        }
        if (inHandshake) {
            fail(ErrorClass::TlsError,
                 QStringLiteral("TLS handshake with %1 failed: %2")
                     .arg(endpoint(), closed ? QStringLiteral("the server closed the connection") : socketText));
        } else if (closed) {
            fail(ErrorClass::ConnectionReset,
                 m_parser.receivedAny() ? QStringLiteral("%1 closed the connection mid-response").arg(endpoint())
                                        : QStringLiteral("%1 closed the connection before responding").arg(endpoint()));
        } else {
            fail(ErrorClass::Other, QStringLiteral("%1: %2").arg(endpoint(), socketText));
        }
    }

    void onTimeout()
    {
        if (m_state != State::Active)
            return;
        // Where it got stuck tells a slow server from an unreachable one.
        const char *stage = "waiting for the response";
        if (!m_socket || m_socket->state() == QAbstractSocket::HostLookupState)
            stage = "looking up the host";
        else if (m_socket->state() == QAbstractSocket::ConnectingState)
            stage = "connecting";
        else if (m_origin.tls && !static_cast<QSslSocket *>(m_socket)->isEncrypted())
            stage = "in the TLS handshake";
        else if (m_parser.receivedAny())
            stage = "reading the response";
        fail(ErrorClass::Timeout, QStringLiteral("no complete response within the timeout (%1 ms; %2)")
                                      .arg(m_timer.interval())
                                      .arg(QLatin1StringView(stage)));
    }

    QString endpoint() const { return m_origin.host + QLatin1Char(':') + QString::number(m_origin.port); }

    void succeed(bool dropConnection)
    {
        HttpResponse response;
        response.status = m_parser.status();
        response.bodyBytes = m_parser.bodyBytes();
        response.bodyPrefix = m_parser.takeBodyPrefix();
        response.bytesSent = m_bodySize;
        response.arrivedNs = m_arrivedNs;
        response.location = m_parser.location();
        // A server that answered before reading the whole request (an early 413, say) leaves the stream out of
        // step: the rest of that request would precede the next one.
        if (dropConnection || !m_parser.keepAlive() || m_socket->bytesToWrite() > 0)
            dropSocket();
        else
            ++m_socketResponses;
        complete(std::move(response));
    }

    void fail(ErrorClass error, const QString &message)
    {
        dropSocket(); // after a failure the connection's state is unknown
        HttpResponse response;
        response.error = error;
        response.message = message;
        response.bytesSent = m_bodySize;
        complete(std::move(response));
    }

    void complete(HttpResponse &&response)
    {
        m_timer.stop();
        if (m_inSend) {
            m_deferred = std::move(response);
            m_state = State::Delivering;
            return;
        }
        m_state = State::Idle;
        Completion completion = std::exchange(m_completion, nullptr);
        completion(std::move(response)); // may send the next request on this connection at once
    }

    void deliverDeferred()
    {
        if (m_state != State::Delivering)
            return; // aborted meanwhile
        m_state = State::Idle;
        HttpResponse response = std::exchange(m_deferred, HttpResponse());
        Completion completion = std::exchange(m_completion, nullptr);
        completion(std::move(response));
    }

    std::shared_ptr<NativeTransport::Shared> m_shared;
    QObject m_context; // receives socket and timer signals; disconnecting from it leaves Qt's own connections
    QTcpSocket *m_socket = nullptr; // owned; a QSslSocket for https
    int m_socketResponses = 0;      // responses completed on the current socket (> 0: a reused connection)
    bool m_tcpConnected = false;
    bool m_socketEnded = false;  // an unbuffered read() returned -1: the connection closed or was reset
    bool m_stampedReads = false; // plain TCP with kernel receive timestamps: reads go through recvmsg
    qint64 m_arrivedNs = 0;      // when the response's latest bytes arrived (steady clock), 0 if unknown
    QString m_tlsProblem;        // certificate errors reported during the handshake
    Origin m_origin;
    QByteArray m_request; // the request bytes, reused
    qint64 m_bodySize = 0;
    bool m_head = false;
    HttpResponseParser m_parser{HttpResponse::maxKeptBodyBytes};
    QTimer m_timer;
    Completion m_completion;
    State m_state = State::Idle;
    bool m_inSend = false;
    bool m_retried = false;
    HttpResponse m_deferred;
};

NativeTransport::NativeTransport(const TransportOptions &options) : m_shared(std::make_shared<Shared>(options)) {}

NativeTransport::~NativeTransport() = default;

std::unique_ptr<Connection> NativeTransport::createConnection()
{
    return std::make_unique<NativeConnection>(m_shared);
}

} // namespace ls
