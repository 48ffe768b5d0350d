// loadstudio: the desktop application. All work happens in the widgets and core libraries.

#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LoadStudio"));
    QApplication::setApplicationName(QStringLiteral("Load Studio"));
    QApplication::setApplicationVersion(QStringLiteral(LOADSTUDIO_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/loadstudio.svg")));

    ls::MainWindow window(ls::MainWindow::Options{});
    window.show();
    window.startUp();
    return QApplication::exec();
}
