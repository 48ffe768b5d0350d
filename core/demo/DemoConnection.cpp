#include "DemoConnection.h"

#include "DemoServer.h"
#include "DemoState.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace ls::demo {

namespace {

constexpr size_t kMaxPipeline = 128;             // parsed but unanswered requests per connection
constexpr qint64 kMaxUnsent = 4 * 1024 * 1024;   // stop parsing while this much output is queued
constexpr qint64 kSocketReadBuffer = 256 * 1024; // beyond this, TCP flow control pushes back
constexpr int kLingerMs = 2000;                  // how long a closing connection waits for the peer
constexpr QByteArrayView kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

} // namespace

Connection::Connection(ConnectionHandler *handler, StatsCounters *stats, QTcpSocket *socket)
    : QObject(handler), handler_(handler), stats_(stats), socket_(socket)
{
    socket_->setParent(this);
    socket_->setReadBufferSize(kSocketReadBuffer);
    // Small responses on keep-alive connections must not wait for Nagle/delayed ACK.
    socket_->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    stats_->connectionOpened();
    connect(socket_, &QTcpSocket::readyRead, this, &Connection::readAndProcess);
    connect(socket_, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(socket_, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

Connection::~Connection()
{
    // Requests that will never be answered are no longer in flight.
    for (const Pending &p : pending_) {
        if (p.counted)
            stats_->requestAbandoned();
    }
    stats_->connectionClosed();
}

Ticket Connection::start(bool counted)
{
    if (counted)
        stats_->requestStarted();
    return Ticket{0, false, counted};
}

void Connection::defer(Ticket *ticket)
{
    if (ticket->deferred)
        return;
    ticket->seq = nextSeq_++;
    ticket->deferred = true;
    Pending p;
    p.seq = ticket->seq;
    p.keepAlive = currentKeepAlive_;
    p.counted = ticket->counted;
    pending_.push_back(std::move(p));
}

void Connection::complete(const Ticket &ticket, int status, QByteArrayView body, QByteArrayView extraHeaders)
{
    Ticket t = ticket;
    if (!t.deferred) {
        // Answered during dispatch: straight to the output unless earlier responses are still outstanding.
        if (pending_.empty()) {
            emitResponse(status, body, extraHeaders, currentKeepAlive_, t.counted);
            return;
        }
        defer(&t);
    }
    if (pending_.empty() || t.seq < pending_.front().seq || t.seq - pending_.front().seq >= pending_.size())
        return; // not ours any more (cannot happen while the connection lives)
    const size_t index = size_t(t.seq - pending_.front().seq);
    Pending &p = pending_[index];
    if (index == 0) {
        emitResponse(status, body, extraHeaders, p.keepAlive, p.counted);
        pending_.pop_front();
        while (!pending_.empty() && pending_.front().ready) {
            emitReady(pending_.front());
            pending_.pop_front();
        }
    } else {
        appendResponse(p.data, status, body, p.keepAlive, extraHeaders);
        p.status = status;
        p.ready = true;
    }
    if (!processing_) {
        flushOut();
        if (wasPaused_ && !paused())
            readAndProcess();
    }
}

void Connection::emitResponse(int status, QByteArrayView body, QByteArrayView extraHeaders, bool keepAlive,
                              bool counted)
{
    appendResponse(out_, status, body, keepAlive, extraHeaders);
    if (counted)
        stats_->requestFinished(status);
    if (!keepAlive) {
        stopParsing_ = true;
        closeAfterWrite_ = true;
    }
}

void Connection::emitReady(Pending &p)
{
    out_.append(p.data);
    if (p.counted)
        stats_->requestFinished(p.status);
    if (!p.keepAlive) {
        stopParsing_ = true;
        closeAfterWrite_ = true;
    }
}

bool Connection::paused() const
{
    return pending_.size() >= kMaxPipeline || socket_->bytesToWrite() + out_.size() > kMaxUnsent;
}

void Connection::readAndProcess()
{
    if (stopParsing_) {
        // Nothing after a closing request is answered; keep draining so the peer's close is seen.
        socket_->skip(socket_->bytesAvailable());
        return;
    }
    if (!paused()) {
        const qint64 available = socket_->bytesAvailable();
        if (available > 0) {
            if (inStart_ == inEnd_) {
                inStart_ = inEnd_ = 0;
            } else if (inStart_ > 0 && in_.size() - inEnd_ < available) {
                // The parser keeps offsets relative to the unparsed start, so moving the bytes is safe.
                std::memmove(in_.data(), in_.constData() + inStart_, size_t(inEnd_ - inStart_));
                inEnd_ -= inStart_;
                inStart_ = 0;
            }
            if (in_.size() - inEnd_ < available)
                in_.resize(std::max<qsizetype>({inEnd_ + available, in_.size() * 2, 4096}));
            const qint64 n = socket_->read(in_.data() + inEnd_, available);
            if (n > 0)
                inEnd_ += n;
        }
    }
    processInput();
}

void Connection::processInput()
{
    if (processing_)
        return;
    processing_ = true;
    wasPaused_ = false;
    while (!stopParsing_ && inEnd_ > inStart_) {
        if (paused()) {
            wasPaused_ = true;
            break;
        }
        const auto result = parser_.parse(in_.constData() + inStart_, inEnd_ - inStart_);
        if (result == RequestParser::Result::NeedMore) {
            // A client waiting for "100 Continue" gets it once every earlier response has been written.
            if (parser_.headComplete() && parser_.head().expectContinue && !continueSent_ && pending_.empty()) {
                out_.append(kContinue);
                continueSent_ = true;
            }
            break;
        }
        if (result == RequestParser::Result::Error) {
            QByteArray body = QByteArrayLiteral("{\"error\":");
            appendJsonString(body, parser_.errorMessage());
            body.append('}');
            currentKeepAlive_ = false; // malformed input: answer and close
            complete(start(true), parser_.errorStatus(), body);
            break;
        }
        currentKeepAlive_ = parser_.head().keepAlive;
        handler_->dispatch(this, parser_.head(), parser_.body());
        inStart_ += parser_.consumed();
        parser_.reset();
        continueSent_ = false;
        if (!currentKeepAlive_)
            stopParsing_ = true;
    }
    if (inStart_ == inEnd_ && in_.size() > 4 * kSocketReadBuffer) {
        // Give back the memory of a large body once it has been handled.
        inStart_ = inEnd_ = 0;
        in_ = QByteArray();
    }
    processing_ = false;
    flushOut();
}

void Connection::flushOut()
{
    if (!out_.isEmpty()) {
        const bool connected = socket_->state() == QAbstractSocket::ConnectedState;
        if (connected)
            socket_->write(out_.constData(), out_.size());
        out_.resize(0); // keeps the capacity
        // Write now rather than on the next event-loop pass. flush() emits bytesWritten, which may resume
        // parsing and queue more output: out_ must already be empty by then.
        if (connected)
            socket_->flush();
    }
    if (closeAfterWrite_ && pending_.empty())
        beginClose();
}

void Connection::onBytesWritten()
{
    if (closing_) {
        if (!halfClosed_ && socket_->bytesToWrite() == 0)
            halfClose();
        return;
    }
    if (wasPaused_ && !processing_ && !paused())
        readAndProcess();
}

void Connection::beginClose()
{
    if (closing_)
        return;
    closing_ = true;
    if (socket_->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    if (socket_->bytesToWrite() == 0)
        halfClose();
}

void Connection::halfClose()
{
    halfClosed_ = true;
#ifdef Q_OS_UNIX
    // Send FIN but keep reading: closing with unread request bytes would make the kernel send a reset that can
    // destroy the response before the client has read it (e.g. a 413 while the client still uploads).
    ::shutdown(int(socket_->socketDescriptor()), SHUT_WR);
    socket_->skip(socket_->bytesAvailable());
    QTimer::singleShot(kLingerMs, this, [this] {
        socket_->abort();
        deleteLater();
    });
#else
    socket_->disconnectFromHost();
#endif
}

} // namespace ls::demo
