#include "WorkerHost.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <future>

namespace ls {

std::unique_ptr<WorkerHost> WorkerHost::start(WorkerSetup setup, QString *error)
{
    std::unique_ptr<WorkerHost> host(new WorkerHost);
    std::promise<QString> ready; // empty string: started
    std::future<QString> started = ready.get_future();
    WorkerHost *self = host.get();
    host->m_thread = std::thread([self, setup = std::move(setup), &ready]() mutable {
        QEventLoop loop;
        {
            Worker worker(std::move(setup));
            QString why;
            if (!worker.init(&why)) {
                ready.set_value(why.isEmpty() ? QStringLiteral("the worker did not start") : why);
                return;
            }
            // An empty command is the signal to leave.
            self->m_commands.open([&](Command &&command) {
                if (command)
                    command(worker);
                else
                    loop.quit();
            });
            ready.set_value(QString());
            loop.exec();
            self->m_commands.close();
            worker.shutdown();
        }
        // Replies and sockets scheduled for deletion on this thread go before the thread does.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    });
    const QString why = started.get();
    if (!why.isEmpty()) {
        host->m_thread.join();
        if (error)
            *error = why;
        return nullptr;
    }
    return host;
}

WorkerHost::~WorkerHost()
{
    if (m_thread.joinable()) {
        m_commands.post(Command());
        m_thread.join();
    }
}

void WorkerHost::post(Command command)
{
    m_commands.post(std::move(command));
}

} // namespace ls
