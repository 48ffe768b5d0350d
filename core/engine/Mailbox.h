#pragma once
// A queue between threads that wakes the receiving thread's event loop. Messages travel under a std::mutex
// and the wake-up is an eventfd read by a QSocketNotifier: synchronisation that ThreadSanitizer can see
// (Qt's own queued calls go through uninstrumented Qt code and would drown real races in false reports).

#include <QSocketNotifier>

#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace ls {

class MailboxBase
{
protected:
    MailboxBase();
    ~MailboxBase();
    // Receiving thread: starts watching; onWake is called from that thread's event loop.
    void openWake(std::function<void()> onWake);
    void closeWake();
    void wake();      // any thread
    void drainWake(); // receiving thread

private:
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

template <typename T> class Mailbox : private MailboxBase
{
public:
    using Handler = std::function<void(T &&)>;

    // Call in the receiving thread, before anyone posts.
    void open(Handler handler)
    {
        m_handler = std::move(handler);
        openWake([this] { deliver(); });
    }
    // Call in the receiving thread; messages still queued are dropped.
    void close() { closeWake(); }

    void post(T message)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(message));
        }
        wake();
    }

private:
    void deliver()
    {
        drainWake();
        std::deque<T> batch;
        {
            std::lock_guard lock(m_mutex);
            batch.swap(m_queue);
        }
        for (T &message : batch)
            m_handler(std::move(message));
    }

    std::mutex m_mutex;
    std::deque<T> m_queue;
    Handler m_handler;
};

} // namespace ls
