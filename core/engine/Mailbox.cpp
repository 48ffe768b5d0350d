#include "Mailbox.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <cstdint>

namespace ls {

MailboxBase::MailboxBase() : m_fd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}

MailboxBase::~MailboxBase()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
}

void MailboxBase::openWake(std::function<void()> onWake)
{
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), std::move(onWake));
}

void MailboxBase::closeWake()
{
    m_notifier.reset();
}

void MailboxBase::wake()
{
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(m_fd, &one, sizeof one);
}

void MailboxBase::drainWake()
{
    std::uint64_t count = 0;
    [[maybe_unused]] const auto read = ::read(m_fd, &count, sizeof count);
}

} // namespace ls
