// loadstudio: the desktop application. All work happens in the widgets and core libraries.

#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LoadStudio"));
    QApplication::setApplicationName(QStringLiteral("Load Studio"));
    QApplication::setApplicationVersion(QStringLiteral(LOADSTUDIO_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/loadstudio.svg")));
    // View > Language: "" follows the system locale.
    ls::installTranslations(QSettings().value(ls::MainWindow::languageSettingKey).toString());

    ls::MainWindow window(ls::MainWindow::Options{});
    window.show();
    window.startUp();
    return QApplication::exec();
}
