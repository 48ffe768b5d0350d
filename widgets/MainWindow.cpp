#include "MainWindow.h"

#include "ComparePage.h"
#include "Exports.h"
#include "PdfReport.h"
#include "PlanJson.h"
#include "PlanPage.h"
#include "ResultsPage.h"
#include "RunPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

#include <memory>

namespace ls {

namespace {

constexpr int maxRecentFiles = 8;
constexpr int recoveryDelayMs = 2000; // after the last edit

const QString demoPlanResource = QStringLiteral(":/plans/demo.json");
const QString seedPlanResource = QStringLiteral(":/plans/askproai.json");

QString defaultRecoveryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery.json");
}

std::optional<Plan> planFromResource(const QString &resource, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = resource + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    const PlanParseResult result = parsePlan(file.readAll(), resource);
    if (!result.plan)
        *error = result.diagnostics.empty() ? resource : result.diagnostics.front().toString();
    return result.plan;
}

} // namespace

MainWindow::MainWindow(Options options, QWidget *parent)
    : QMainWindow(parent), m_options(std::move(options)),
      m_recovery(m_options.recoveryFile.isEmpty() ? defaultRecoveryPath() : m_options.recoveryFile)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/loadstudio.svg")));

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_planPage = new PlanPage(&m_document, m_pages);
    m_runPage = new RunPage(&m_document, m_pages);
    m_resultsPage = new ResultsPage(m_pages);
    m_pages->addTab(m_planPage, tr("&Plan"));
    m_pages->addTab(m_runPage, tr("&Run"));
    m_pages->addTab(m_resultsPage, tr("R&esults"));
    m_comparePage = new ComparePage(m_pages);
    m_pages->addTab(m_comparePage, tr("Co&mpare"));
    m_pages->setAccessibleName(tr("Pages"));
    setCentralWidget(m_pages);

    createActions();
    createMenus();
    statusBar()->showMessage(tr("Ready"));

    connect(&m_document, &PlanDocument::planChanged, this, &MainWindow::updateTitle);
    connect(&m_document, &PlanDocument::planChanged, this, &MainWindow::updateActions);
    connect(&m_document, &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(&m_document, &PlanDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_runPage, &RunPage::runningChanged, this, &MainWindow::updateActions);
    connect(m_planPage, &PlanPage::selectedPhaseChanged, this, &MainWindow::updateActions);
    connect(m_runPage, &RunPage::runFinished, this, &MainWindow::onRunFinished);
    connect(m_runPage, &RunPage::runStarted, this, [this] { showPage(Page::Run); });

    // Crash safety: unsaved edits reach the recovery file shortly after they are made.
    m_recoveryTimer.setSingleShot(true);
    m_recoveryTimer.setInterval(recoveryDelayMs);
    connect(&m_recoveryTimer, &QTimer::timeout, this, &MainWindow::writeRecovery);
    connect(&m_document, &PlanDocument::planChanged, &m_recoveryTimer, qOverload<>(&QTimer::start));

    auto settings = openSettings();
    restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    if (!settings->contains(QStringLiteral("window/geometry")))
        resize(1280, 860);
    // Where the user dragged the dividers of each page (by the splitter's object name).
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        const QByteArray state = settings->value(QStringLiteral("splitters/") + splitter->objectName()).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
    rebuildRecentMenu();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The pages read the document (a member) until they are gone; QWidget would delete them only after the
    // members, so they go first.
    delete m_pages;
    m_pages = nullptr;
    m_planPage = nullptr;
    m_runPage = nullptr;
    m_resultsPage = nullptr;
    m_comparePage = nullptr;
}

std::unique_ptr<QSettings> MainWindow::openSettings() const
{
    if (m_options.settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat);
}

void MainWindow::startUp()
{
    if (m_recovery.exists()) {
        QString error;
        const auto recovered = m_recovery.read(&error);
        const bool restore =
            recovered &&
            (!m_options.askBeforeRestore ||
             QMessageBox::question(this, tr("Restore unsaved plan?"),
                                   tr("Load Studio did not close properly. A copy of the plan \"%1\" with unsaved "
                                      "changes from %2 was kept.\n\nRestore it?")
                                       .arg(recovered->plan.name,
                                            QLocale().toString(recovered->savedAt.toLocalTime(), QLocale::ShortFormat)),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes);
        if (restore) {
            m_document.reset(recovered->plan, recovered->originalPath);
            m_document.markModified();
            statusBar()->showMessage(tr("Restored the unsaved plan"), 5000);
            return;
        }
        m_recovery.remove();
    }
    const QStringList recent = recentFiles();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()) && openPlan(recent.first()))
        return;
    // First start: the demo plan against the built-in demo target, so Run works at once.
    newFromTemplate(demoPlanResource, true);
}

void MainWindow::createActions()
{
    auto action = [this](const QString &text, const QString &name, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newEmpty = action(tr("&Empty Plan"), QStringLiteral("actionNewEmpty"), QKeySequence::New, [this] {
        if (maybeSave())
            newEmptyPlan();
    });
    m_newSeed =
        action(tr("From Template: &AskProAI Load Test (5 phases)"), QStringLiteral("actionNewSeed"), {}, [this] {
            if (maybeSave())
                newFromTemplate(seedPlanResource, false);
        });
    m_newDemo =
        action(tr("From Template: &Demo Plan (built-in demo target)"), QStringLiteral("actionNewDemo"), {}, [this] {
            if (maybeSave())
                newFromTemplate(demoPlanResource, true);
        });
    m_open = action(tr("&Open Plan…"), QStringLiteral("actionOpen"), QKeySequence::Open, [this] { open(); });
    m_save = action(tr("&Save"), QStringLiteral("actionSave"), QKeySequence::Save, [this] { save(); });
    m_saveAs = action(tr("Save &As…"), QStringLiteral("actionSaveAs"), QKeySequence::SaveAs, [this] { saveAs(); });
    m_openReport = action(tr("Open &Report…"), QStringLiteral("actionOpenReport"), QKeySequence(tr("Ctrl+Shift+O")),
                          [this] { openReportDialog(); });
    m_exportReport = action(tr("&Export Report (JSON)…"), QStringLiteral("actionExportReport"),
                            QKeySequence(tr("Ctrl+E")), [this] { exportReportDialog(); });
    // The same data for spreadsheets and CI, as `loadstudio-cli report` writes it.
    const struct
    {
        QString text, name, filter, suffix;
        QByteArray (*make)(const RunReport &);
    } exports[] = {
        {tr("Timeline (CSV)…"), QStringLiteral("actionExportTimelineCsv"), tr("CSV files (*.csv)"),
         QStringLiteral("-timeline.csv"), &timelineCsv},
        {tr("Scenarios (CSV)…"), QStringLiteral("actionExportScenariosCsv"), tr("CSV files (*.csv)"),
         QStringLiteral("-scenarios.csv"), &scenariosCsv},
        {tr("Targets as JUnit XML…"), QStringLiteral("actionExportJunit"), tr("JUnit XML (*.xml)"),
         QStringLiteral("-junit.xml"), &junitXml},
        {tr("HdrHistogram Interval Log…"), QStringLiteral("actionExportHlog"), tr("HdrHistogram logs (*.hlog)"),
         QStringLiteral(".hlog"), &hdrIntervalLog},
    };
    for (const auto &e : exports) {
        QAction *a = action(e.text, e.name, QKeySequence(), [this, e] {
            const QString suggested =
                m_document.displayName().toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + e.suffix;
            const QString path = QFileDialog::getSaveFileName(this, e.text, suggested, e.filter);
            if (!path.isEmpty())
                exportData(path, e.make(m_lastReport));
        });
        m_dataExports.append(a);
    }
    m_exportPdf =
        action(tr("Export &PDF Report…"), QStringLiteral("actionExportPdf"), QKeySequence(tr("Ctrl+P")), [this] {
            const QString suggested = m_document.displayName().toLower().replace(QLatin1Char(' '), QLatin1Char('-')) +
                                      QStringLiteral("-report.pdf");
            const QString path =
                QFileDialog::getSaveFileName(this, tr("Export PDF Report"), suggested, tr("PDF (*.pdf)"));
            if (!path.isEmpty())
                exportPdf(path);
        });
    m_compareRuns =
        action(tr("&Compare Runs…"), QStringLiteral("actionCompareRuns"), QKeySequence(tr("Ctrl+Shift+C")), [this] {
            showPage(Page::Compare);
            m_comparePage->showTab(ComparePage::Tab::Runs);
            m_comparePage->openRunsDialog();
        });
    m_quit = action(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence::Quit, [this] { close(); });

    m_undo = m_document.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_document.undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);

    m_runAll = action(tr("Run &All Phases"), QStringLiteral("actionRunAll"), QKeySequence(tr("F5")),
                      [this] { m_runPage->runAll(); });
    m_runSelected = action(tr("Run &Selected Phase"), QStringLiteral("actionRunSelected"), QKeySequence(tr("Shift+F5")),
                           [this] { m_runPage->runPhase(m_planPage->selectedPhaseName()); });
    m_stop =
        action(tr("S&top"), QStringLiteral("actionStop"), QKeySequence(tr("Shift+Esc")), [this] { m_runPage->stop(); });
    m_useDemoTarget = action(tr("Send to the Built-in &Demo Target"), QStringLiteral("actionUseDemoTarget"), {},
                             [this](bool on) { m_runPage->setUseDemoTarget(on); });
    m_useDemoTarget->setCheckable(true);

    m_newEmpty->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_runAll->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_stop->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-stop")));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = file->addMenu(tr("&New"));
    newMenu->addActions({m_newEmpty, m_newSeed, m_newDemo});
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addSeparator();
    file->addActions({m_save, m_saveAs});
    file->addSeparator();
    file->addActions({m_openReport, m_exportReport, m_exportPdf});
    QMenu *exportMenu = file->addMenu(tr("Export &Data"));
    exportMenu->setObjectName(QStringLiteral("menuExportData"));
    exportMenu->addActions(m_dataExports);
    file->addAction(m_compareRuns);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undo, m_redo});

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addActions({m_runAll, m_runSelected, m_stop});
    run->addSeparator();
    run->addAction(m_useDemoTarget);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const std::pair<QString, Page> pages[] = {{tr("&Plan"), Page::Plan},
                                              {tr("&Run"), Page::Run},
                                              {tr("R&esults"), Page::Results},
                                              {tr("Co&mpare"), Page::Compare}};
    int index = 1;
    for (const auto &[text, page] : pages) {
        QAction *a = view->addAction(text);
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(index++)));
        connect(a, &QAction::triggered, this, [this, page = page] { showPage(page); });
    }

    // The language applies from the next start: every page builds its texts once.
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("menuLanguage"));
    auto *languages = new QActionGroup(language);
    const QString current = openSettings()->value(QLatin1String(languageSettingKey)).toString();
    const std::pair<QString, QString> choices[] = {{tr("Follow the &system"), QString()},
                                                   {QStringLiteral("&Deutsch"), QStringLiteral("de")},
                                                   {QStringLiteral("&English"), QStringLiteral("en")}};
    for (const auto &[text, code] : choices) {
        QAction *a = language->addAction(text);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setObjectName(QStringLiteral("actionLanguage_") + (code.isEmpty() ? QStringLiteral("system") : code));
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            openSettings()->setValue(QLatin1String(languageSettingKey), code);
            statusBar()->showMessage(tr("The language changes the next time Load Studio starts."), 8000);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Load Studio"), this, [this] {
        QMessageBox::about(this, tr("About Load Studio"),
                           tr("<b>Load Studio %1</b><br>Plan, run and analyse HTTP load tests.<br>Qt %2")
                               .arg(QStringLiteral(LOADSTUDIO_VERSION), QLatin1String(qVersion())));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_newEmpty, m_open, m_save});
    toolbar->addSeparator();
    toolbar->addActions({m_undo, m_redo});
    toolbar->addSeparator();
    toolbar->addActions({m_runAll, m_runSelected, m_stop});
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt puts the unsaved-changes mark.
    setWindowTitle(tr("%1[*] — Load Studio").arg(m_document.displayName()));
    setWindowModified(m_document.isModified());
}

void MainWindow::updateActions()
{
    const bool running = m_runPage->isRunning();
    const bool runnable = !m_document.hasErrors();
    const QString why = runnable ? QString() : tr("The plan has a problem: %1").arg(m_document.firstError());
    m_runAll->setEnabled(!running && runnable);
    m_runSelected->setEnabled(!running && runnable && !m_planPage->selectedPhaseName().isEmpty());
    m_runAll->setToolTip(runnable ? tr("Run all phases of the plan") : why);
    m_runSelected->setToolTip(
        !runnable ? why
        : m_planPage->selectedPhaseName().isEmpty()
            ? tr("Select a phase on the Plan page (Phases) to run it alone")
            : tr("Run the phase selected on the Plan page: %1").arg(m_planPage->selectedPhaseName()));
    m_stop->setEnabled(running);
    m_useDemoTarget->setEnabled(!running);
    m_useDemoTarget->setChecked(m_runPage->usesDemoTarget());
    for (QAction *a : {m_newEmpty, m_newSeed, m_newDemo, m_open, m_openReport})
        a->setEnabled(!running);
    m_recentMenu->setEnabled(!running);
    m_exportReport->setEnabled(m_hasReport);
    m_exportPdf->setEnabled(m_hasReport);
    for (QAction *a : std::as_const(m_dataExports))
        a->setEnabled(m_hasReport);
}

void MainWindow::newEmptyPlan()
{
    Plan plan;
    plan.name = tr("New plan");
    plan.baseUrl = QStringLiteral("http://127.0.0.1:8089");
    Scenario scenario;
    scenario.name = tr("Health Check");
    scenario.path = QStringLiteral("/api/health");
    plan.scenarios.push_back(scenario);
    Phase phase;
    phase.name = tr("Baseline");
    phase.users = 10;
    phase.durationS = 60;
    plan.phases.push_back(phase);
    m_document.reset(plan);
    m_recovery.remove(); // the plan it kept was saved or discarded just now
    m_runPage->setUseDemoTarget(false);
    updateActions();
    showPage(Page::Plan);
}

void MainWindow::newFromTemplate(const QString &resource, bool useDemoTarget)
{
    QString error;
    const auto plan = planFromResource(resource, &error);
    if (!plan) {
        QMessageBox::critical(this, tr("Cannot open the template"), error);
        return;
    }
    m_document.reset(*plan); // unsaved: Save asks where
    m_recovery.remove();     // the plan it kept was saved or discarded just now
    m_runPage->setUseDemoTarget(useDemoTarget);
    updateActions();
    showPage(Page::Plan);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"), {}, tr("Load Studio plans (*.json)"));
    if (!path.isEmpty())
        openPlan(path);
}

bool MainWindow::openPlan(const QString &path)
{
    QString error;
    if (!m_document.load(path, &error)) {
        QMessageBox::critical(this, tr("Cannot open the plan"), error);
        return false;
    }
    m_recovery.remove(); // the plan it kept was saved or discarded just now
    m_runPage->setUseDemoTarget(false);
    addRecentFile(path);
    updateActions();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::save()
{
    if (m_document.filePath().isEmpty())
        return saveAs();
    return savePlanAs(m_document.filePath());
}

bool MainWindow::saveAs()
{
    QString suggested = m_document.filePath();
    if (suggested.isEmpty())
        suggested =
            m_document.displayName().toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".json");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Plan"), suggested, tr("Load Studio plans (*.json)"));
    return !path.isEmpty() && savePlanAs(path);
}

bool MainWindow::savePlanAs(const QString &path)
{
    QString error;
    if (!m_document.save(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save the plan"), error);
        return false;
    }
    m_recovery.remove();
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document.isModified())
        return true;
    const auto answer =
        QMessageBox::warning(this, tr("Unsaved changes"),
                             tr("The plan \"%1\" has unsaved changes. Save them?").arg(m_document.displayName()),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    return true;
}

void MainWindow::openReportDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Report"), {}, tr("Load Studio reports (*.json)"));
    if (!path.isEmpty())
        openReport(path);
}

bool MainWindow::openReport(const QString &path)
{
    QString error;
    const auto report = readReportFile(path, &error);
    if (!report) {
        QMessageBox::critical(this, tr("Cannot open the report"), error);
        return false;
    }
    m_lastReport = *report;
    m_hasReport = true;
    m_resultsPage->showReport(*report, path);
    updateActions();
    showPage(Page::Results);
    return true;
}

void MainWindow::exportReportDialog()
{
    const QString suggested =
        m_document.displayName().toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral("-report-") +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".json");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Report"), suggested, tr("JSON reports (*.json)"));
    if (!path.isEmpty())
        exportReport(path);
}

bool MainWindow::exportReport(const QString &path)
{
    QString error;
    if (!m_hasReport || !writeReportFile(m_lastReport, path, &error)) {
        QMessageBox::critical(this, tr("Cannot export the report"),
                              m_hasReport ? error : tr("There is no report yet: run the plan first."));
        return false;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::exportPdf(const QString &path)
{
    QString error;
    if (!m_hasReport || !writePdfReport(m_lastReport, path, {}, &error)) {
        QMessageBox::critical(this, tr("Cannot export the PDF report"),
                              m_hasReport ? error : tr("There is no report yet: run the plan first."));
        return false;
    }
    statusBar()->showMessage(tr("PDF report written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::exportData(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (m_hasReport && bytes.isEmpty())
        error = tr("This report has nothing of that kind (imported runs have no per-second histograms).");
    if (!m_hasReport || !error.isEmpty() || !writeExportFile(path, bytes, &error)) {
        QMessageBox::critical(this, tr("Cannot export"),
                              m_hasReport ? error : tr("There is no report yet: run the plan first."));
        return false;
    }
    statusBar()->showMessage(tr("Written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::onRunFinished(const RunReport &report)
{
    m_lastReport = report;
    m_hasReport = true;
    m_resultsPage->showReport(report);
    updateActions();
    statusBar()->showMessage(tr("Run finished: %1").arg(verdictName(report.verdict)), 10000);
}

void MainWindow::writeRecovery()
{
    if (!m_document.isModified() || m_document.hasErrors())
        return;
    QString error;
    if (!m_recovery.write(m_document.plan(), m_document.filePath(), &error))
        statusBar()->showMessage(tr("Cannot write the recovery file: %1").arg(error), 10000);
}

QStringList MainWindow::recentFiles() const
{
    auto settings = openSettings();
    return settings->value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    auto settings = openSettings();
    settings->setValue(QStringLiteral("recentFiles"), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openPlan(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runPage->isRunning()) {
        const auto answer = QMessageBox::question(this, tr("A run is in progress"),
                                                  tr("Stop the run and quit? The results so far are kept in the "
                                                     "report only if you export it first."),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_runPage->stop();
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    auto settings = openSettings();
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), saveState());
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings->setValue(QStringLiteral("splitters/") + splitter->objectName(), splitter->saveState());
    }
    m_recovery.remove(); // a clean exit: nothing to recover
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    // A report has "format": "loadstudio-report/1"; anything else is tried as a plan.
    QFile file(path);
    const bool isReport = file.open(QIODevice::ReadOnly) && file.read(4096).contains("loadstudio-report/");
    if (isReport)
        openReport(path);
    else if (maybeSave())
        openPlan(path);
    event->acceptProposedAction();
}

} // namespace ls
