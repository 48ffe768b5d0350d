#include "TestServers.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace ls::test {

// Asks the server thread's event loop to quit; queued, so it also works before the loop has started.
class StopSignal : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void stopRequested();
};

// Runs a QTcpServer on 127.0.0.1:0 in its own thread; setup() is called in that thread for every new socket.
// The server and its sockets are created and destroyed inside the thread. A std::thread (joined) rather than a
// QThread, so ThreadSanitizer sees that everything the thread did happens before the destructor returns.
class ServerThread
{
public:
    using Setup = std::function<void(QTcpSocket *)>;

    explicit ServerThread(Setup setup) : setup_(std::move(setup))
    {
        thread_ = std::thread([this] { run(); });
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [this] { return started_; });
    }

    ~ServerThread()
    {
        Q_EMIT stop_.stopRequested();
        thread_.join();
    }

    quint16 port() const
    {
        std::lock_guard lock(mutex_);
        return port_;
    }
    int accepted() const { return accepted_.load(); }

private:
    void run()
    {
        {
            QEventLoop loop;
            QTcpServer server;
            QObject::connect(&stop_, &StopSignal::stopRequested, &loop, &QEventLoop::quit, Qt::QueuedConnection);
            QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
                while (QTcpSocket *socket = server.nextPendingConnection()) {
                    accepted_.fetch_add(1);
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    setup_(socket);
                }
            });
            const bool ok = server.listen(QHostAddress::LocalHost, 0);
            {
                std::lock_guard lock(mutex_);
                port_ = ok ? server.serverPort() : 0;
                started_ = true;
            }
            ready_.notify_all();
            if (ok)
                loop.exec();
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    Setup setup_;
    StopSignal stop_;
    mutable std::mutex mutex_;
    std::condition_variable ready_;
    bool started_ = false;
    quint16 port_ = 0;
    std::atomic<int> accepted_{0};
    std::thread thread_;
};

namespace {

// Calls onRequest(socket, head) for every complete request head ("...\r\n\r\n") the socket receives.
void onRequestHeads(QTcpSocket *socket, std::function<void(QTcpSocket *)> onRequest)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, onRequest] {
        buffer->append(socket->readAll());
        qsizetype end = 0;
        while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
            buffer->remove(0, end + 4);
            onRequest(socket);
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
        }
    });
}

} // namespace

int freeClosedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

// ---- ResettingServer

ResettingServer::ResettingServer()
    : thread_(std::make_unique<ServerThread>([](QTcpSocket *socket) {
          onRequestHeads(socket, [](QTcpSocket *s) {
#ifdef Q_OS_UNIX
              // Linger 0: close() discards unsent data and sends RST instead of FIN.
              const struct linger off = {1, 0};
              ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &off, sizeof off);
#endif
              s->abort();
              s->deleteLater();
          });
      }))
{}

ResettingServer::~ResettingServer() = default;

quint16 ResettingServer::port() const
{
    return thread_->port();
}

int ResettingServer::connectionCount() const
{
    return thread_->accepted();
}

// ---- SilentServer

struct SilentServer::State
{
    std::atomic<qint64> bytes{0};
};

SilentServer::SilentServer()
    : state_(std::make_unique<State>()), thread_(std::make_unique<ServerThread>([state = state_.get()](QTcpSocket *s) {
          QObject::connect(s, &QTcpSocket::readyRead, s, [s, state] { state->bytes += s->readAll().size(); });
      }))
{}

SilentServer::~SilentServer()
{
    thread_.reset(); // before the state its sockets write to
}

quint16 SilentServer::port() const
{
    return thread_->port();
}

int SilentServer::connectionCount() const
{
    return thread_->accepted();
}

qint64 SilentServer::bytesReceived() const
{
    return state_->bytes.load();
}

// ---- MalformedServer

MalformedServer::MalformedServer()
    : thread_(std::make_unique<ServerThread>([](QTcpSocket *socket) {
          onRequestHeads(socket, [](QTcpSocket *s) {
              s->write("HELLO\r\n\r\n");
              s->disconnectFromHost();
          });
      }))
{}

MalformedServer::~MalformedServer() = default;

quint16 MalformedServer::port() const
{
    return thread_->port();
}

int MalformedServer::connectionCount() const
{
    return thread_->accepted();
}

// ---- CountingHttpServer

namespace {

// The counters and settings shared between the test thread and the server thread.
struct CountingState
{
    std::atomic<int> delayMs{0};
    std::atomic<int> status{200};
    std::atomic<qint64> bodySize{-1};
    std::atomic<qint64> requests{0};
    std::atomic<int> open{0};
    std::atomic<int> peak{0};
    std::atomic<int> accepted{0};

    void opened()
    {
        accepted.fetch_add(1);
        const int now = open.fetch_add(1) + 1;
        int p = peak.load();
        while (now > p && !peak.compare_exchange_weak(p, now)) {
        }
    }
};

} // namespace

struct CountingHttpServer::State : CountingState
{};

namespace {

const char *reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

struct Exchange
{
    QByteArray buffer;
    bool busy = false; // a delayed answer is pending; later requests wait (answers stay in order)
};

qint64 contentLength(QByteArrayView head)
{
    const QByteArray lower = head.toByteArray().toLower();
    const qsizetype at = lower.indexOf("\r\ncontent-length:");
    if (at < 0)
        return 0;
    const qsizetype start = at + 17;
    const qsizetype end = lower.indexOf("\r\n", start);
    return lower.mid(start, end < 0 ? -1 : end - start).trimmed().toLongLong();
}

} // namespace

namespace {

void answer(QTcpSocket *s, CountingState *st, bool close);
void serve(QTcpSocket *s, const std::shared_ptr<Exchange> &ex, CountingState *st);

} // namespace

CountingHttpServer::CountingHttpServer(int delayMs) : state_(std::make_unique<State>())
{
    state_->delayMs = delayMs;
    CountingState *st = state_.get();
    thread_ = std::make_unique<ServerThread>([st](QTcpSocket *socket) {
        st->opened();
        QObject::connect(socket, &QObject::destroyed, socket, [st] { st->open.fetch_sub(1); });
        auto ex = std::make_shared<Exchange>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, ex, st] {
            ex->buffer.append(socket->readAll());
            serve(socket, ex, st);
        });
    });
}

namespace {

void serve(QTcpSocket *s, const std::shared_ptr<Exchange> &ex, CountingState *st)
{
    while (!ex->busy && s->state() == QAbstractSocket::ConnectedState) {
        const qsizetype headEnd = ex->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArrayView head = QByteArrayView(ex->buffer).first(headEnd + 2);
        const qint64 total = headEnd + 4 + contentLength(head);
        if (ex->buffer.size() < total)
            return;
        const bool close = head.toByteArray().toLower().contains("\r\nconnection: close");
        ex->buffer.remove(0, total);
        st->requests.fetch_add(1);
        const int delay = st->delayMs.load();
        if (delay <= 0) {
            answer(s, st, close);
            continue;
        }
        ex->busy = true;
        QTimer::singleShot(delay, Qt::PreciseTimer, s, [s, ex, st, close] {
            ex->busy = false;
            answer(s, st, close);
            serve(s, ex, st);
        });
    }
}

void answer(QTcpSocket *s, CountingState *st, bool close)
{
    const int status = st->status.load();
    const qint64 size = st->bodySize.load();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
                      "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(size < 0 ? 2 : size) +
                      (close ? "\r\nConnection: close\r\n" : "\r\nConnection: keep-alive\r\n");
    if (status == 429 || status == 503)
        head += "Retry-After: 1\r\n";
    head += "\r\n";
    s->write(head);
    if (size < 0) {
        s->write("ok");
    } else {
        // Written in chunks so a multi-megabyte body needs no second copy.
        const QByteArray chunk(qsizetype(std::min<qint64>(size, 64 * 1024)), 'x');
        for (qint64 left = size; left > 0; left -= chunk.size())
            s->write(chunk.constData(), std::min<qint64>(left, chunk.size()));
    }
    if (close)
        s->disconnectFromHost();
}

} // namespace

CountingHttpServer::~CountingHttpServer()
{
    thread_.reset(); // before the state its sockets use
}

quint16 CountingHttpServer::port() const
{
    return thread_->port();
}

QString CountingHttpServer::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

void CountingHttpServer::setDelayMs(int ms)
{
    state_->delayMs = ms;
}

int CountingHttpServer::delayMs() const
{
    return state_->delayMs;
}

void CountingHttpServer::setStatus(int status)
{
    state_->status = status;
}

int CountingHttpServer::status() const
{
    return state_->status;
}

void CountingHttpServer::setBodySize(qint64 bytes)
{
    state_->bodySize = bytes;
}

qint64 CountingHttpServer::bodySize() const
{
    return state_->bodySize;
}

qint64 CountingHttpServer::requestCount() const
{
    return state_->requests;
}

int CountingHttpServer::connectionCount() const
{
    return state_->accepted;
}

int CountingHttpServer::openConnections() const
{
    return state_->open;
}

int CountingHttpServer::peakConnections() const
{
    return state_->peak;
}

void CountingHttpServer::resetCounts()
{
    state_->requests = 0;
    state_->accepted = 0;
    state_->peak = state_->open.load();
}

// ---- RedirectServer

struct RedirectServer::State
{
    std::mutex mutex;
    QStringList requests; // "GET /hop/1 body=0 auth=0"
};

namespace {

// The answer to one request of RedirectServer (see the header for the paths).
QByteArray redirectAnswer(const QByteArray &method, QByteArray path, qint64 bodyBytes, bool basicAuthOk, quint16 port)
{
    // Asked as a proxy ("GET http://host:port/path"): answer for the path.
    if (path.startsWith("http://")) {
        const qsizetype slash = path.indexOf('/', 7);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    if (path == "/private" && !basicAuthOk)
        return "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n";
    if (path == "/private")
        path = "/hop/0";
    auto redirect = [](int status, const char *text, const QByteArray &location) -> QByteArray {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + text + "\r\nLocation: " + location +
               "\r\nContent-Length: 5\r\n\r\nmoved";
    };
    if (path.startsWith("/hop/")) {
        const int left = path.mid(5).toInt();
        if (left > 0)
            return redirect(302, "Found", "/hop/" + QByteArray::number(left - 1));
        const QByteArray body = method + ' ' + QByteArray::number(bodyBytes);
        return "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    if (path == "/loop")
        return redirect(302, "Found", "/loop");
    if (path == "/see-other")
        return redirect(303, "See Other", "/hop/0");
    if (path == "/temporary")
        return redirect(307, "Temporary Redirect", "/hop/0");
    if (path == "/moved")
        return redirect(301, "Moved Permanently", "/hop/0");
    if (path == "/absolute") // to the same server under another name: a different origin for the client
        return redirect(302, "Found", "http://localhost:" + QByteArray::number(port) + "/hop/0");
    return "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
}

} // namespace

RedirectServer::RedirectServer() : state_(std::make_unique<State>())
{
    State *st = state_.get();
    thread_ = std::make_unique<ServerThread>([st, this](QTcpSocket *socket) {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, st, this] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                const QByteArray head = buffer->left(headEnd + 2);
                const qint64 bodyBytes = contentLength(head);
                if (buffer->size() < headEnd + 4 + bodyBytes)
                    return;
                buffer->remove(0, headEnd + 4 + bodyBytes);
                const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
                const QByteArray method = line.value(0);
                const QByteArray path = line.value(1);
                const bool auth = head.toLower().contains("\r\nauthorization:");
                // "user:secret"
                const bool basicAuthOk = head.contains("\r\nAuthorization: Basic dXNlcjpzZWNyZXQ=");
                {
                    std::lock_guard lock(st->mutex);
                    st->requests.append(QString::fromLatin1(method + ' ' + path +
                                                            " body=" + QByteArray::number(bodyBytes) +
                                                            " auth=" + (auth ? "1" : "0")));
                }
                socket->write(redirectAnswer(method, path, bodyBytes, basicAuthOk, port()));
            }
        });
    });
}

RedirectServer::~RedirectServer()
{
    thread_.reset();
}

quint16 RedirectServer::port() const
{
    return thread_->port();
}

QString RedirectServer::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

QStringList RedirectServer::requests() const
{
    std::lock_guard lock(state_->mutex);
    return state_->requests;
}

// ---- RawHttpClient

QByteArray RawHttpClient::Response::header(const char *name) const
{
    const auto it = headers.find(QByteArray(name));
    return it == headers.end() ? QByteArray() : it->second;
}

QJsonObject RawHttpClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonValue RawHttpClient::Response::value(const char *key) const
{
    return json().value(QLatin1StringView(key));
}

RawHttpClient::RawHttpClient(quint16 port, int connectTimeoutMs)
{
    socket_.connectToHost(QHostAddress::LocalHost, port);
    connected_ = socket_.waitForConnected(connectTimeoutMs);
}

void RawHttpClient::send(const QByteArray &raw)
{
    socket_.write(raw);
    socket_.waitForBytesWritten(3000);
}

bool RawHttpClient::read(Response *r, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const qsizetype headEnd = buffer_.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QList<QByteArray> lines = buffer_.first(headEnd).split('\n');
            const QList<QByteArray> statusLine = lines.front().trimmed().split(' ');
            *r = Response();
            r->status = statusLine.size() > 1 ? statusLine[1].toInt() : 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    r->headers[lines[i].first(colon).trimmed().toLower()] = lines[i].sliced(colon + 1).trimmed();
            }
            if (r->status == 100) {
                buffer_.remove(0, headEnd + 4);
                continue;
            }
            const qsizetype length = r->header("content-length").toLongLong();
            if (buffer_.size() >= headEnd + 4 + length) {
                r->body = buffer_.sliced(headEnd + 4, length);
                buffer_.remove(0, headEnd + 4 + length);
                return true;
            }
        }
        if (!waitForData(timeoutMs - int(timer.elapsed())))
            return false;
    }
}

RawHttpClient::Response RawHttpClient::next(int timeoutMs)
{
    Response r;
    if (!read(&r, timeoutMs))
        r = Response();
    return r;
}

RawHttpClient::Response RawHttpClient::ask(const QByteArray &raw, int timeoutMs)
{
    send(raw);
    return next(timeoutMs);
}

bool RawHttpClient::waitClosed(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (socket_.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        socket_.waitForReadyRead(50);
        buffer_.append(socket_.readAll());
    }
    return socket_.state() != QAbstractSocket::ConnectedState;
}

QByteArray RawHttpClient::readRaw(int timeoutMs)
{
    if (buffer_.isEmpty())
        waitForData(timeoutMs);
    return std::exchange(buffer_, QByteArray());
}

bool RawHttpClient::waitForData(int timeoutMs)
{
    if (socket_.bytesAvailable() == 0 && (timeoutMs <= 0 || !socket_.waitForReadyRead(timeoutMs)))
        return false;
    buffer_.append(socket_.readAll());
    return true;
}

QByteArray get(const QByteArray &path, const QByteArray &extra)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra)
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

RawHttpClient::Response fetch(quint16 port, const QByteArray &raw)
{
    return RawHttpClient(port).ask(raw);
}

} // namespace ls::test

#include "TestServers.moc"
