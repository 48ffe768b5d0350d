#pragma once
// Measures how responsive the thread's event loop is: a timer asks to fire every `intervalMs` and records how
// late it actually fired. On a GUI thread that lateness is what a user feels as lag (a click or repaint waits
// at least that long), so a run view can prove it stays responsive under load.

#include "Histogram.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ls {

class EventLoopLagMonitor : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopLagMonitor(int intervalMs = 10, QObject *parent = nullptr);

    // Starts measuring on the calling thread's event loop (this object's thread); keeps what was recorded.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // Lateness of every tick so far, in microseconds.
    Histogram snapshot() const { return m_lag; }
    void reset() { m_lag.reset(); }
    int intervalMs() const { return m_timer.interval(); }

private:
    void onTick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_dueNs = 0; // when the pending tick should fire
    Histogram m_lag;
};

} // namespace ls
