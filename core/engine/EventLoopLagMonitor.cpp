#include "EventLoopLagMonitor.h"

#include <algorithm>

namespace ls {

EventLoopLagMonitor::EventLoopLagMonitor(int intervalMs, QObject *parent) : QObject(parent)
{
    // Single shot, re-armed on every tick: a repeating timer would catch up after a stall and hide part of it.
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::max(1, intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &EventLoopLagMonitor::onTick);
}

void EventLoopLagMonitor::start()
{
    if (m_timer.isActive())
        return;
    m_clock.start();
    m_dueNs = qint64(m_timer.interval()) * 1'000'000;
    m_timer.start();
}

void EventLoopLagMonitor::stop()
{
    m_timer.stop();
}

void EventLoopLagMonitor::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_lag.record(std::max<qint64>(0, now - m_dueNs) / 1000);
    m_dueNs = now + qint64(m_timer.interval()) * 1'000'000;
    m_timer.start();
}

} // namespace ls
