#pragma once
// The desktop application's window: pages (Plan, Run, Results), menus and toolbar, the document's file
// handling (new from template, open, recent, save), reports (open, export), settings and crash recovery.

#include "PlanDocument.h"
#include "RecoveryFile.h"
#include "Report.h"

#include <QList>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QMenu;
class QSettings;
class QTabWidget;

namespace ls {

class PlanPage;
class RunPage;
class ComparePage;
class ResultsPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page
    {
        Plan,
        Run,
        Results,
        Compare,
    };

    struct Options
    {
        QString settingsFile;         // empty: the user's settings; tests pass a temporary file
        QString recoveryFile;         // empty: in the application data folder
        bool askBeforeRestore = true; // tests answer the recovery question themselves
    };

    static constexpr const char *languageSettingKey = "language"; // "", "de" or "en"

    explicit MainWindow(Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Called once after construction: restores a crashed session, or opens the last file, or (first start)
    // the demo plan against the built-in demo target.
    void startUp();

    PlanDocument *document() { return &m_document; }
    PlanPage *planPage() const { return m_planPage; }
    RunPage *runPage() const { return m_runPage; }
    ResultsPage *resultsPage() const { return m_resultsPage; }
    ComparePage *comparePage() const { return m_comparePage; }
    void showPage(Page page);
    Page currentPage() const;

    bool openPlan(const QString &path);
    bool savePlanAs(const QString &path);
    bool openReport(const QString &path);
    bool exportReport(const QString &path);
    bool exportData(const QString &path, const QByteArray &bytes);
    bool exportPdf(
        const QString &path); // the management report of the shown run // one of the data exports of the shown report
    void newFromTemplate(const QString &resource, bool useDemoTarget);
    void newEmptyPlan();
    QStringList recentFiles() const;
    const RecoveryFile &recoveryFile() const { return m_recovery; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    std::unique_ptr<QSettings> openSettings() const;
    void createActions();
    void createMenus();
    void updateTitle();
    void updateActions();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    bool maybeSave(); // false: the user cancelled
    bool save();
    bool saveAs();
    void open();
    void openReportDialog();
    void exportReportDialog();
    void writeRecovery();
    void onRunFinished(const RunReport &report);

    Options m_options;
    PlanDocument m_document;
    RecoveryFile m_recovery;
    QTimer m_recoveryTimer;
    RunReport m_lastReport;
    bool m_hasReport = false;

    QTabWidget *m_pages = nullptr;
    PlanPage *m_planPage = nullptr;
    RunPage *m_runPage = nullptr;
    ResultsPage *m_resultsPage = nullptr;
    ComparePage *m_comparePage = nullptr;
    QAction *m_compareRuns = nullptr;

    QAction *m_newEmpty = nullptr;
    QAction *m_newSeed = nullptr;
    QAction *m_newDemo = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_openReport = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_exportPdf = nullptr;
    QList<QAction *> m_dataExports; // timeline CSV, scenarios CSV, JUnit XML of the shown report
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_runAll = nullptr;
    QAction *m_runSelected = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_useDemoTarget = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace ls
