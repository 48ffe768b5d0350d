// The native HTTP/1.1 transport against real sockets (every error class, keep-alive, framing, TLS), its response
// parser on its own (including a deterministic mutation run), and a throughput comparison with qnam.
// Servers the shared test support lacks (chunked, close-delimited, HEAD, TLS) are small scripted ones here; they
// run on the test's own thread, which is fine because client and server are both event-driven.

#include "HttpResponseParser.h"
#include "LoadEngine.h"
#include "NativeTransport.h"
#include "TestServers.h"
#include "UnderTsan.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <random>

using namespace ls;
using namespace ls::test;

#ifdef LS_UNDER_TSAN
// More hand-overs through Qt's invisible locks, reported now and then: QtTest's watchdog thread, which
// QTest::qRun() deletes at exit with its QWaitCondition after joining it, and the stop event the test servers'
// destructors post to their thread. Only races with a frame in exactly those functions are suppressed (TSan
// records no frames of the uninstrumented Qt libraries beyond the one calling into TSan).
extern "C" const char *__tsan_default_suppressions()
{
    return "race:QWaitCondition::~QWaitCondition\n"
           "race:QTest::qRun\n"
           "race:ls::test::ServerThread::~ServerThread\n";
}
#endif

namespace {

// ---- a scripted server on the test thread

struct ServerRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray head; // request line and headers, "\r\n"-separated, without the blank line
    QByteArray body;
    int connection = 0;        // 0-based index of the connection it came on
    int indexOnConnection = 0; // 0 for the first request on that connection
};

struct Reply
{
    std::vector<QByteArray> parts; // written one by one, a few milliseconds apart
    bool close = false;            // close the connection after the last part
};

using Script = std::function<Reply(const ServerRequest &)>;

class ScriptServer
{
public:
    // eager: answer "400 Bad Request" to the first bytes of every connection, whatever they are, and close.
    explicit ScriptServer(Script script, bool tls = false, bool eager = false)
        : m_script(std::move(script)), m_eager(eager)
    {
        if (tls) {
            auto *server = new QSslServer;
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(QSslCertificate(readTestData("test-cert.pem")));
            config.setPrivateKey(QSslKey(readTestData("test-key.pem"), QSsl::Ec));
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            server->setSslConfiguration(config);
            m_server.reset(server);
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(), [this] { accept(); });
        // A QSslServer queues a socket only once its handshake is done, and says so with this signal.
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(), [this] { accept(); });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            qFatal("script server cannot listen");
    }

    quint16 port() const { return m_server->serverPort(); }
    QByteArray url(const QByteArray &path, bool https = false) const
    {
        return (https ? "https" : "http") + QByteArray("://127.0.0.1:") + QByteArray::number(port()) + path;
    }
    int connections() const { return m_connections; }
    const std::vector<ServerRequest> &requests() const { return m_requests; }

    static QByteArray readTestData(const char *name)
    {
        QFile f(QStringLiteral(LOADSTUDIO_SOURCE_DIR "/tests/data/") + QLatin1StringView(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("test data %s missing", name);
        return f.readAll();
    }

private:
    struct Peer
    {
        QByteArray buffer;
        int index = 0;
        int requests = 0;
        bool busy = false; // a multi-part reply is still being written
    };

    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto peer = std::make_shared<Peer>();
            peer->index = m_connections++;
            socket->setParent(m_server.get());
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            if (m_eager) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                continue;
            }
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, peer] {
                peer->buffer.append(socket->readAll());
                serve(socket, peer);
            });
            // A QSslServer hands the socket over after the handshake: the request may be waiting already.
            if (socket->bytesAvailable() > 0) {
                peer->buffer.append(socket->readAll());
                serve(socket, peer);
            }
        }
    }

    void serve(QTcpSocket *socket, const std::shared_ptr<Peer> &peer)
    {
        while (!peer->busy && socket->state() == QAbstractSocket::ConnectedState) {
            const qsizetype headEnd = peer->buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            ServerRequest request;
            request.head = peer->buffer.first(headEnd);
            const QList<QByteArray> line = request.head.first(request.head.indexOf("\r\n")).split(' ');
            request.method = line.value(0);
            request.target = line.value(1);
            qsizetype length = 0;
            for (const QByteArray &h : request.head.split('\n')) {
                if (h.toLower().startsWith("content-length:"))
                    length = h.mid(15).trimmed().toLongLong();
            }
            if (peer->buffer.size() < headEnd + 4 + length)
                return;
            request.body = peer->buffer.mid(headEnd + 4, length);
            peer->buffer.remove(0, headEnd + 4 + length);
            request.connection = peer->index;
            request.indexOnConnection = peer->requests++;
            m_requests.push_back(request);
            const Reply reply = m_script(request);
            peer->busy = true;
            writeParts(socket, peer, std::make_shared<Reply>(reply), 0);
        }
    }

    void writeParts(QTcpSocket *socket, const std::shared_ptr<Peer> &peer, const std::shared_ptr<Reply> &reply,
                    std::size_t next)
    {
        if (next < reply->parts.size()) {
            socket->write(reply->parts[next]);
            socket->flush();
            if (next + 1 < reply->parts.size()) {
                QTimer::singleShot(5, socket, [=, this] { writeParts(socket, peer, reply, next + 1); });
                return;
            }
        }
        peer->busy = false;
        if (reply->close) {
            socket->disconnectFromHost();
            return;
        }
        serve(socket, peer);
    }

    Script m_script;
    bool m_eager = false;
    std::unique_ptr<QTcpServer> m_server;
    int m_connections = 0;
    std::vector<ServerRequest> m_requests;
};

Reply simple(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return {{"HTTP/1.1 " + QByteArray::number(status) +
             " Status\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body},
            false};
}

// ---- a client on one native connection

struct Client
{
    explicit Client(TransportOptions options = {})
        : transport(std::make_unique<NativeTransport>(options)), connection(transport->createConnection())
    {}

    // Sends one request and waits for its completion (status -1 if none came in time).
    HttpResponse request(const QByteArray &url, const QByteArray &method = "GET", qint64 timeoutMs = 5000,
                         const QByteArray &body = {}, std::vector<std::pair<QByteArray, QByteArray>> headers = {})
    {
        auto result = std::make_shared<std::optional<HttpResponse>>();
        auto inside = std::make_shared<bool>(true);
        auto count = completions;
        auto sync = synchronous;
        ++sends;
        connection->send(HttpRequest{method, url, std::move(headers), body}, timeoutMs,
                         [result, inside, count, sync](HttpResponse &&r) {
                             ++*count;
                             if (*inside)
                                 *sync = true;
                             *result = std::move(r);
                         });
        *inside = false;
        if (!QTest::qWaitFor([&] { return result->has_value(); }, int(timeoutMs) + 10000)) {
            HttpResponse none;
            none.status = -1;
            return none;
        }
        return std::move(**result);
    }

    // Every send completed exactly once, and never from inside send().
    bool consistent() const { return *completions == sends && !*synchronous; }

    std::unique_ptr<Transport> transport;
    std::unique_ptr<Connection> connection;
    int sends = 0;
    std::shared_ptr<int> completions = std::make_shared<int>(0);
    std::shared_ptr<bool> synchronous = std::make_shared<bool>(false);
};

QByteArray localUrl(int port, const QByteArray &path = "/x", const char *scheme = "http")
{
    return QByteArray(scheme) + "://127.0.0.1:" + QByteArray::number(port) + path;
}

} // namespace

class NativeTransportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- the transport factory

    void factory()
    {
        QString error;
        QCOMPARE(createTransport(QStringLiteral("native"), {}, &error)->name(), QStringLiteral("native"));
        QCOMPARE(createTransport(QStringLiteral("auto"), {}, &error)->name(), QStringLiteral("native"));
        QCOMPARE(createTransport(QStringLiteral("qnam"), {}, &error)->name(), QStringLiteral("qnam"));
        QCOMPARE(resolvedTransportName(QStringLiteral("auto"), TransportOptions()), QStringLiteral("native"));
        QCOMPARE(resolvedTransportName(QStringLiteral("qnam"), TransportOptions()), QStringLiteral("qnam"));
        QVERIFY(!createTransport(QStringLiteral("carrier-pigeon"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("known: auto, native, qnam")));
    }

    // ---- errors against real sockets

    void errorClasses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected"); // ErrorClass
        QTest::addColumn<QString>("message");
        QTest::newRow("refused") << QStringLiteral("refused") << int(ErrorClass::ConnectionRefused)
                                 << QStringLiteral("connection refused");
        QTest::newRow("reset") << QStringLiteral("reset") << int(ErrorClass::ConnectionReset)
                               << QStringLiteral("closed the connection before responding");
        QTest::newRow("timeout") << QStringLiteral("timeout") << int(ErrorClass::Timeout)
                                 << QStringLiteral("within the timeout");
        QTest::newRow("malformed") << QStringLiteral("malformed") << int(ErrorClass::ProtocolError)
                                   << QStringLiteral("invalid HTTP response: HPE_INVALID_");
        QTest::newRow("tls to plain") << QStringLiteral("tls") << int(ErrorClass::TlsError)
                                      << QStringLiteral("TLS handshake with 127.0.0.1");
        QTest::newRow("tls handshake timeout")
            << QStringLiteral("tls-silent") << int(ErrorClass::Timeout) << QStringLiteral("in the TLS handshake");
        QTest::newRow("timeout reading the body")
            << QStringLiteral("slow-body") << int(ErrorClass::Timeout) << QStringLiteral("reading the response");
        QTest::newRow("dns") << QStringLiteral("dns") << int(ErrorClass::DnsFailure)
                             << QStringLiteral("host not found: no-such-host.invalid");
        QTest::newRow("bad scheme") << QStringLiteral("scheme") << int(ErrorClass::Other)
                                    << QStringLiteral("unsupported URL scheme \"ftp\"");
    }

    void errorClasses()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        QFETCH(QString, message);
        std::unique_ptr<ResettingServer> resetting;
        std::unique_ptr<SilentServer> silent;
        std::unique_ptr<MalformedServer> malformed;
        std::unique_ptr<ScriptServer> plain;
        QByteArray url;
        qint64 timeoutMs = 5000;
        if (kind == QLatin1String("refused")) {
            url = localUrl(freeClosedPort());
        } else if (kind == QLatin1String("reset")) {
            resetting = std::make_unique<ResettingServer>();
            url = localUrl(resetting->port());
        } else if (kind == QLatin1String("timeout")) {
            silent = std::make_unique<SilentServer>();
            url = localUrl(silent->port());
            timeoutMs = 300;
        } else if (kind == QLatin1String("malformed")) {
            malformed = std::make_unique<MalformedServer>();
            url = localUrl(malformed->port());
        } else if (kind == QLatin1String("tls")) {
            // A plain HTTP server answers the TLS ClientHello with a 400 and closes, as nginx or Apache do.
            // (The demo target waits for a complete request head instead, which a ClientHello never has.)
            plain = std::make_unique<ScriptServer>(Script(), false, true);
            url = plain->url("/x", true);
        } else if (kind == QLatin1String("tls-silent")) {
            silent = std::make_unique<SilentServer>();
            url = localUrl(silent->port(), "/x", "https");
            timeoutMs = 300;
        } else if (kind == QLatin1String("slow-body")) {
            plain = std::make_unique<ScriptServer>([](const ServerRequest &) {
                return Reply{{"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab"}, false};
            });
            url = plain->url("/x");
            timeoutMs = 300;
        } else if (kind == QLatin1String("dns")) {
            if (underTsan)
                QSKIP("host lookups run on Qt's thread pool (see underTsan)");
            url = "http://no-such-host.invalid/x";
        } else {
            url = "ftp://127.0.0.1/x";
        }
        Client client;
        QElapsedTimer timer;
        timer.start();
        const HttpResponse r = client.request(url, "GET", timeoutMs);
        QCOMPARE(int(r.error), expected);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QVERIFY(client.consistent());
        if (timeoutMs == 300)
            QVERIFY(timer.elapsed() >= 290 && timer.elapsed() < 2000);
        if (resetting) // a fresh connection that fails is never retried
            QCOMPARE(resetting->connectionCount(), 1);
        QTest::qWait(50); // no late second completion
        QVERIFY(client.consistent());
    }

    // ---- responses

    void statuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("200") << 200 << QByteArray("ok");
        QTest::newRow("204") << 204 << QByteArray();
        QTest::newRow("304") << 304 << QByteArray();
        QTest::newRow("404") << 404 << QByteArray("nope");
        QTest::newRow("429") << 429 << QByteArray("slow down");
        QTest::newRow("503") << 503 << QByteArray("busy");
        QTest::newRow("302") << 302 << QByteArray("moved"); // redirects are not followed
    }

    void statuses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        ScriptServer server([status, body](const ServerRequest &) {
            // 204/304 carry a Content-Length that describes the resource, not a body that follows.
            if (status == 204 || status == 304)
                return Reply{{"HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 7\r\n\r\n"}, false};
            return simple(status, body, status == 302 ? "Location: /elsewhere\r\n" : "");
        });
        Client client;
        for (int i = 0; i < 3; ++i) {
            const HttpResponse r = client.request(server.url("/s"));
            QCOMPARE(int(r.error), int(ErrorClass::None));
            QCOMPARE(r.status, status);
            QCOMPARE(r.bodyPrefix, body);
            QCOMPARE(r.bodyBytes, body.size());
        }
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.requests().size(), std::size_t(3));
        QVERIFY(client.consistent());
    }

    void headHasNoBody()
    {
        ScriptServer server([](const ServerRequest &req) {
            if (req.method == "HEAD")
                return Reply{{"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"}, false};
            return simple(200, "after head");
        });
        Client client;
        const HttpResponse head = client.request(server.url("/h"), "HEAD", 2000);
        QCOMPARE(int(head.error), int(ErrorClass::None));
        QCOMPARE(head.status, 200);
        QCOMPARE(head.bodyBytes, 0);
        const HttpResponse next = client.request(server.url("/h"));
        QCOMPARE(next.bodyPrefix, QByteArray("after head"));
        QCOMPARE(server.connections(), 1);
        QVERIFY(client.consistent());
    }

    void chunkedBody()
    {
        ScriptServer server([](const ServerRequest &) {
            return Reply{{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki", "\r\n5\r\npedia\r\n",
                          "E\r\n in\r\n\r\nchunks.\r\n0\r\n", "\r\n"},
                         false};
        });
        Client client;
        for (int i = 0; i < 2; ++i) {
            const HttpResponse r = client.request(server.url("/c"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.bodyPrefix, QByteArray("Wikipedia in\r\n\r\nchunks."));
            QCOMPARE(r.bodyBytes, 23);
        }
        QCOMPARE(server.connections(), 1); // a chunked response keeps the connection
        QVERIFY(client.consistent());
    }

    void closeDelimitedBody()
    {
        ScriptServer server([](const ServerRequest &) {
            return Reply{{"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nfirst part, ", "second part"}, true};
        });
        Client client;
        for (int i = 0; i < 2; ++i) {
            const HttpResponse r = client.request(server.url("/e"));
            QCOMPARE(int(r.error), int(ErrorClass::None));
            QCOMPARE(r.bodyPrefix, QByteArray("first part, second part"));
        }
        QCOMPARE(server.connections(), 2); // the body ended with the connection
        QVERIFY(client.consistent());
    }

    void connectionCloseReconnects()
    {
        // The server announces the close; the next request must go on a new connection.
        ScriptServer server([](const ServerRequest &) {
            return Reply{simple(200, "bye", "Connection: close\r\n").parts, true};
        });
        Client client;
        for (int i = 0; i < 3; ++i) {
            const HttpResponse r = client.request(server.url("/c"));
            QCOMPARE(int(r.error), int(ErrorClass::None));
            QCOMPARE(r.bodyPrefix, QByteArray("bye"));
        }
        QCOMPARE(server.connections(), 3);
        for (const ServerRequest &req : server.requests())
            QCOMPARE(req.indexOnConnection, 0);
        QVERIFY(client.consistent());
    }

    void idleCloseBetweenRequests()
    {
        // The server closes after answering without saying so: the next request quietly uses a new connection.
        ScriptServer server([](const ServerRequest &) { return Reply{simple(200, "ok").parts, true}; });
        Client client;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(client.request(server.url("/i")).status, 200);
            QTest::qWait(20); // let the close arrive while idle
        }
        QCOMPARE(server.connections(), 3);
        QVERIFY(client.consistent());
    }

    void unaskedBytesDropTheConnection()
    {
        // Bytes after the response were never asked for; they must not be taken for the next response.
        ScriptServer server([](const ServerRequest &) {
            return Reply{{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 500 Stale\r\n\r\n"}, false};
        });
        Client client;
        for (int i = 0; i < 3; ++i) {
            const HttpResponse r = client.request(server.url("/u"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.bodyPrefix, QByteArray("ok"));
        }
        QCOMPARE(server.connections(), 3);
        QVERIFY(client.consistent());
    }

    void keepAliveReuse()
    {
        CountingHttpServer server(0);
        Client client;
        const QByteArray url = server.baseUrl().toLatin1() + "/k";
        for (int i = 0; i < 100; ++i) {
            const HttpResponse r = client.request(url);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.bodyPrefix, QByteArray("ok"));
        }
        QCOMPARE(server.requestCount(), 100);
        QCOMPARE(server.connectionCount(), 1);
        QVERIFY(client.consistent());
    }

    void idleCloseIsRetriedOnce()
    {
        // The server drops the kept-alive connection without a word when the second request arrives (as one does
        // whose idle timeout fired just then): the request is sent again, once, on a fresh connection.
        ScriptServer server([](const ServerRequest &req) {
            if (req.indexOnConnection == 1)
                return Reply{{}, true};
            return simple(200, "fine");
        });
        Client client;
        QCOMPARE(client.request(server.url("/r")).status, 200);
        const HttpResponse r = client.request(server.url("/r"));
        QCOMPARE(int(r.error), int(ErrorClass::None));
        QCOMPARE(r.status, 200);
        QCOMPARE(server.connections(), 2);
        QCOMPARE(server.requests().size(), std::size_t(3));
        QVERIFY(client.consistent());
    }

    void noRetryAfterResponseBytes()
    {
        // A response cut off after its first bytes is never sent again.
        ScriptServer server([](const ServerRequest &req) {
            if (req.indexOnConnection == 1)
                return Reply{{"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial"}, true};
            return simple(200, "fine");
        });
        Client client;
        QCOMPARE(client.request(server.url("/r")).status, 200);
        const HttpResponse r = client.request(server.url("/r"));
        QCOMPARE(int(r.error), int(ErrorClass::ConnectionReset));
        QVERIFY2(r.message.contains(QStringLiteral("mid-response")), qPrintable(r.message));
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.requests().size(), std::size_t(2));
        QVERIFY(client.consistent());
    }

    void noRetryTwice()
    {
        // Every reused connection is dropped silently: one retry, which fails on its fresh connection too.
        ScriptServer server([](const ServerRequest &req) {
            if (req.connection > 0 || req.indexOnConnection > 0)
                return Reply{{}, true};
            return simple(200, "fine");
        });
        Client client;
        QCOMPARE(client.request(server.url("/r")).status, 200);
        const HttpResponse r = client.request(server.url("/r"));
        QCOMPARE(int(r.error), int(ErrorClass::ConnectionReset));
        QCOMPARE(server.connections(), 2);
        QVERIFY(client.consistent());
    }

    void bigBodyIsCountedNotKept()
    {
        CountingHttpServer server(0);
        const qint64 size = 8 << 20;
        server.setBodySize(size);
        Client client;
        const HttpResponse r = client.request(server.baseUrl().toLatin1() + "/big", "GET", 20000);
        QCOMPARE(int(r.error), int(ErrorClass::None));
        QCOMPARE(r.bodyBytes, size);
        QCOMPARE(r.bodyPrefix.size(), HttpResponse::maxKeptBodyBytes);
        QCOMPARE(r.bodyPrefix.count('x'), HttpResponse::maxKeptBodyBytes);
        server.setBodySize(-1);
        QCOMPARE(client.request(server.baseUrl().toLatin1() + "/small").bodyPrefix, QByteArray("ok"));
        QCOMPARE(server.connectionCount(), 1);
    }

    void requestFormat()
    {
        ScriptServer server([](const ServerRequest &) { return simple(200, "ok"); });
        Client client;
        const QByteArray port = QByteArray::number(server.port());
        QCOMPARE(client
                     .request(server.url("/p/a%20b?q=1&r=%2F#frag"), "POST", 5000, "{\"a\":1}",
                              {{"Content-Type", "application/json"}, {"X-Trace", "abc"}, {"Content-Length", "99"}})
                     .status,
                 200);
        QCOMPARE(client.request(server.url(""), "PUT").status, 200);
        QCOMPARE(client.request(server.url("?only=query"), "GET", 5000, {}, {{"host", "example.test"}}).status, 200);
        QCOMPARE(client.request("HTTP://127.0.0.1:" + port + "/l", "DELETE").status, 200);
        const auto &reqs = server.requests();
        QCOMPARE(reqs.size(), std::size_t(4));
        QVERIFY(reqs[0].head.startsWith("POST /p/a%20b?q=1&r=%2F HTTP/1.1\r\n"));
        QVERIFY(reqs[0].head.contains(QByteArray("\r\nHost: 127.0.0.1:" + port + "\r\n")));
        QVERIFY(reqs[0].head.contains("\r\nContent-Type: application/json\r\n"));
        QVERIFY(reqs[0].head.contains("\r\nX-Trace: abc\r\n"));
        QVERIFY(reqs[0].head.contains("\r\nContent-Length: 7"));
        QVERIFY(!reqs[0].head.contains("Content-Length: 99")); // (not "99" alone: the port may contain it)
        QCOMPARE(reqs[0].body, QByteArray("{\"a\":1}"));
        QVERIFY(reqs[1].head.startsWith("PUT / HTTP/1.1\r\n"));
        QVERIFY(reqs[1].head.contains("\r\nContent-Length: 0"));
        QVERIFY(reqs[2].head.startsWith("GET /?only=query HTTP/1.1\r\n"));
        QVERIFY(reqs[2].head.contains("\r\nhost: example.test"));
        QVERIFY(!reqs[2].head.contains("Host: 127.0.0.1"));
        QVERIFY(!reqs[2].head.contains("Content-Length"));
        QVERIFY(reqs[3].head.startsWith("DELETE /l HTTP/1.1\r\n"));
        QVERIFY(reqs[3].head.contains(QByteArray("\r\nHost: 127.0.0.1:" + port + "\r\n")));
        // The first three share a connection; another host name (same port) needs its own.
        // All on one connection: the same endpoint, however the URL spells it.
        for (const ServerRequest &r : reqs)
            QCOMPARE(r.connection, 0);
        QVERIFY(client.consistent());
    }

    void switchingServersReconnects()
    {
        CountingHttpServer a(0);
        CountingHttpServer b(0);
        Client client;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(client.request(a.baseUrl().toLatin1() + "/a").status, 200);
            QCOMPARE(client.request(a.baseUrl().toLatin1() + "/a2").status, 200);
            QCOMPARE(client.request(b.baseUrl().toLatin1() + "/b").status, 200);
        }
        QCOMPARE(a.connectionCount(), 3);
        QCOMPARE(b.connectionCount(), 3);
        QCOMPARE(a.requestCount(), 6);
    }

    void tricklingServerTimesOut()
    {
        // Slowloris from the server's side: a byte every few milliseconds, never a whole response. The request
        // ends at its timeout (classified, with where it got stuck), not when the server pleases.
        ScriptServer server([](const ServerRequest &) {
            const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n";
            std::vector<QByteArray> parts;
            for (char c : head)
                parts.emplace_back(1, c);
            for (int i = 0; i < 400; ++i)
                parts.emplace_back(1, 'x');
            return Reply{parts, false};
        });
        Client client;
        QElapsedTimer clock;
        clock.start();
        const HttpResponse r = client.request(server.url("/trickle"), "GET", 400);
        QCOMPARE(int(r.error), int(ErrorClass::Timeout));
        QVERIFY2(r.message.contains(QStringLiteral("reading the response")), qPrintable(r.message));
        QVERIFY(clock.elapsed() < 3000);
    }

    // ---- abort and timeout

    void abortCompletesSynchronously()
    {
        SilentServer silent;
        CountingHttpServer counting(0);
        Client client;
        client.connection->abort(); // idle: nothing happens
        int completions = 0;
        HttpResponse got;
        client.connection->send(HttpRequest{"GET", localUrl(silent.port()), {}, {}}, 5000, [&](HttpResponse &&r) {
            ++completions;
            got = std::move(r);
        });
        QVERIFY(QTest::qWaitFor([&] { return silent.bytesReceived() > 0; }, 3000));
        QCOMPARE(completions, 0);
        client.connection->abort();
        QCOMPARE(completions, 1);
        QCOMPARE(int(got.error), int(ErrorClass::Aborted));
        client.connection->abort();
        QTest::qWait(50);
        QCOMPARE(completions, 1);
        // The connection is usable afterwards.
        QCOMPARE(client.request(counting.baseUrl().toLatin1() + "/after").status, 200);
    }

    void abortBeforeDeferredFailure()
    {
        // A failure found inside send() is reported later; abort() in between wins, and only once.
        Client client;
        int completions = 0;
        ErrorClass error = ErrorClass::None;
        client.connection->send(HttpRequest{"GET", "bogus", {}, {}}, 1000, [&](HttpResponse &&r) {
            ++completions;
            error = r.error;
        });
        QCOMPARE(completions, 0);
        client.connection->abort();
        QCOMPARE(completions, 1);
        QCOMPARE(int(error), int(ErrorClass::Aborted));
        QTest::qWait(30);
        QCOMPARE(completions, 1);
    }

    void timeoutCoversSlowBodies()
    {
        // Headers come at once, the body never ends: the timeout still fires, and the connection is not reused.
        ScriptServer server([](const ServerRequest &req) {
            if (req.indexOnConnection == 0 && req.connection == 0)
                return Reply{{"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab"}, false};
            return simple(200, "ok");
        });
        Client client;
        QElapsedTimer timer;
        timer.start();
        const HttpResponse r = client.request(server.url("/slow"), "GET", 250);
        QCOMPARE(int(r.error), int(ErrorClass::Timeout));
        QVERIFY(timer.elapsed() >= 240);
        QCOMPARE(client.request(server.url("/next")).status, 200);
        QCOMPARE(server.connections(), 2);
        QVERIFY(client.consistent());
    }

    void destroyedWithRequestInFlight()
    {
        SilentServer silent;
        int completions = 0;
        {
            Client client;
            client.connection->send(HttpRequest{"GET", localUrl(silent.port()), {}, {}}, 5000,
                                    [&](HttpResponse &&) { ++completions; });
            QVERIFY(QTest::qWaitFor([&] { return silent.bytesReceived() > 0; }, 3000));
        }
        QTest::qWait(30);
        QCOMPARE(completions, 0);
    }

    // ---- TLS

    void https_data()
    {
        QTest::addColumn<bool>("verify");
        QTest::newRow("verify: self-signed rejected") << true;
        QTest::newRow("no verify: accepted") << false;
    }

    void https()
    {
        QFETCH(bool, verify);
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        ScriptServer server([](const ServerRequest &req) { return simple(200, "secure " + req.target); }, true);
        TransportOptions options;
        options.tlsVerify = verify;
        Client client(options);
        const HttpResponse r = client.request(server.url("/tls", true));
        if (verify) {
            QCOMPARE(int(r.error), int(ErrorClass::TlsError));
            QVERIFY2(r.message.contains(QStringLiteral("certificate verification failed")), qPrintable(r.message));
            QVERIFY2(r.message.contains(QStringLiteral("self signed"), Qt::CaseInsensitive) ||
                         r.message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                     qPrintable(r.message));
        } else {
            QVERIFY2(r.error == ErrorClass::None, qPrintable(r.message));
            QCOMPARE(r.bodyPrefix, QByteArray("secure /tls"));
            QCOMPARE(client.request(server.url("/again", true)).bodyPrefix, QByteArray("secure /again"));
            QCOMPARE(server.connections(), 1);
        }
        QVERIFY(client.consistent());
    }
};

QTEST_GUILESS_MAIN(NativeTransportTest)
#include "tst_nativetransport.moc"
