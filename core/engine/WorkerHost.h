#pragma once
// A worker thread: a std::thread running an event loop that owns one Worker. Commands reach the worker
// through a Mailbox; joining the std::thread on destruction is synchronisation ThreadSanitizer can see.

#include "Mailbox.h"
#include "Worker.h"

#include <functional>
#include <memory>
#include <thread>

namespace ls {

class WorkerHost
{
public:
    using Command = std::function<void(Worker &)>;

    // Starts the thread, creates the worker there and waits until its transport is ready.
    static std::unique_ptr<WorkerHost> start(WorkerSetup setup, QString *error);
    ~WorkerHost(); // stops the worker's event loop and joins the thread

    void post(Command command); // runs on the worker thread

private:
    WorkerHost() = default;
    std::thread m_thread;
    Mailbox<Command> m_commands;
};

} // namespace ls
