#pragma once
// One client connection of the demo target: reads into its own buffer, parses requests incrementally, hands
// them to the handler and writes the responses back in request order (pipelining), however late each one is
// ready. Lives in a connection thread; internal to lscore_demo.

#include "DemoHttp.h"

#include <QByteArray>
#include <QObject>

#include <deque>

class QTcpSocket;

namespace ls::demo {

class ConnectionHandler;
class StatsCounters;

// Identifies the response to one request. A request is answered either during dispatch (immediately) or, once
// deferred, later from a timer.
struct Ticket
{
    quint64 seq = 0;
    bool deferred = false;
    bool counted = true; // counted in the stats (everything except /__control)
};

class Connection : public QObject
{
public:
    Connection(ConnectionHandler *handler, StatsCounters *stats, QTcpSocket *socket);
    ~Connection() override;

    // For the request being dispatched: starts its ticket.
    Ticket start(bool counted);
    // For the request being dispatched: reserves its place in the response order, to be completed later.
    void defer(Ticket *ticket);
    void complete(const Ticket &ticket, int status, QByteArrayView body, QByteArrayView extraHeaders = {});

private:
    struct Pending
    {
        quint64 seq = 0;
        bool ready = false;
        bool keepAlive = true;
        bool counted = true;
        int status = 0;
        QByteArray data; // the formatted response once ready
    };

    void onBytesWritten();
    void readAndProcess();
    void processInput();
    void emitResponse(int status, QByteArrayView body, QByteArrayView extraHeaders, bool keepAlive, bool counted);
    void emitReady(Pending &p);
    void flushOut();
    bool paused() const;
    void beginClose();
    void halfClose();

    ConnectionHandler *handler_;
    StatsCounters *stats_;
    QTcpSocket *socket_;
    RequestParser parser_;

    QByteArray in_; // [inStart_, inEnd_) is unparsed input
    qsizetype inStart_ = 0, inEnd_ = 0;
    QByteArray out_; // responses collected during one batch, written at once

    std::deque<Pending> pending_; // deferred responses in request order
    quint64 nextSeq_ = 0;
    bool currentKeepAlive_ = true; // of the request being dispatched

    bool processing_ = false;      // re-entrancy guard for processInput
    bool stopParsing_ = false;     // after a request that closes the connection
    bool closeAfterWrite_ = false; // the last response has been queued
    bool closing_ = false;
    bool halfClosed_ = false;
    bool wasPaused_ = false; // parsing stopped for back-pressure; resume when responses or writes drain
    bool continueSent_ = false;
};

} // namespace ls::demo
