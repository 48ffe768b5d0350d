#include "PlanPage.h"

#include "PageWidgets.h"

#include "GeneralForm.h"
#include "PhaseEditor.h"
#include "PlanDocument.h"
#include "ProblemsPanel.h"
#include "ScenarioDetails.h"
#include "ScenarioEditor.h"
#include "TargetEditor.h"
#include "TargetTableModel.h"

#include <QApplication>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ls {

namespace {

// Which section shows the value at a JSON path of the plan format.
PlanPage::Section sectionOf(const QString &jsonPath)
{
    if (jsonPath.startsWith(QStringLiteral("scenarios")))
        return PlanPage::Section::Scenarios;
    static const QRegularExpression phaseTargets(QStringLiteral("^phases\\[\\d+\\]\\.targets"));
    if (jsonPath.startsWith(QStringLiteral("targets")) || jsonPath.startsWith(QStringLiteral("abort_on_critical")) ||
        phaseTargets.match(jsonPath).hasMatch())
        return PlanPage::Section::Targets;
    if (jsonPath.startsWith(QStringLiteral("phases")) || jsonPath.startsWith(QStringLiteral("pause_between_phases_s")))
        return PlanPage::Section::Phases;
    return PlanPage::Section::General;
}

} // namespace

PlanPage::PlanPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_sections(new QTabWidget(this)),
      m_general(new GeneralForm(document, this)), m_scenarios(new ScenarioEditor(document, this)),
      m_phases(new PhaseEditor(document, this)), m_targets(new TargetEditor(document, this)),
      m_problems(new ProblemsPanel(document, this))
{
    setObjectName(QStringLiteral("planPage"));
    m_sections->setObjectName(QStringLiteral("planSections"));
    m_sections->setAccessibleName(tr("Plan sections"));
    // The general form is tall at large font sizes: it scrolls rather than squeezing its fields.
    m_sections->addTab(scrollable(m_general, QStringLiteral("generalScroll"), this), QString());
    m_sections->addTab(m_scenarios, QString());
    m_sections->addTab(m_phases, QString());
    m_sections->addTab(m_targets, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sections, 1);
    layout->addWidget(m_problems);

    connect(m_phases, &PhaseEditor::selectedPhaseChanged, this, &PlanPage::selectedPhaseChanged);
    connect(m_problems, &ProblemsPanel::problemActivated, this, &PlanPage::showProblemAt);
    connect(m_document, &PlanDocument::planChanged, this, &PlanPage::updateSectionTitles);
    updateSectionTitles();
}

QString PlanPage::selectedPhaseName() const
{
    return m_phases->selectedPhaseName();
}

void PlanPage::showSection(Section section)
{
    m_sections->setCurrentIndex(int(section));
}

PlanPage::Section PlanPage::currentSection() const
{
    return Section(m_sections->currentIndex());
}

void PlanPage::showProblemAt(const QString &jsonPath)
{
    const Section section = sectionOf(jsonPath);
    showSection(section);
    static const QRegularExpression indexed(
        QStringLiteral("^(scenarios|phases)\\[(\\d+)\\](?:\\.(\\w+))?(?:\\.(\\w+))?"));
    const QRegularExpressionMatch m = indexed.match(jsonPath);
    const int row = m.hasMatch() ? m.captured(2).toInt() : -1;
    switch (section) {
    case Section::Scenarios:
        if (row >= 0) {
            m_scenarios->selectScenario(row);
            const QString field = m.captured(3);
            // The details tab the field is on: headers, body, checks.
            const int detailTab = field == QStringLiteral("headers")                                               ? 0
                                  : field == QStringLiteral("body")                                                ? 1
                                  : field == QStringLiteral("expect") && m.captured(4) != QStringLiteral("status") ? 2
                                                                                                                   : -1;
            if (detailTab >= 0)
                m_scenarios->details()->tabs()->setCurrentIndex(detailTab);
        }
        break;
    case Section::Phases:
        if (row >= 0)
            m_phases->selectPhase(row);
        break;
    case Section::Targets: {
        // targets.<metric> or phases[i].targets.<metric>: the goal cell of that metric in that column pair.
        static const QRegularExpression metricKey(QStringLiteral("targets\\.(\\w+)"));
        const QRegularExpressionMatch key = metricKey.match(jsonPath);
        const std::optional<Metric> metric = key.hasMatch() ? metricFromKey(key.captured(1)) : std::nullopt;
        if (metric)
            m_targets->selectCell(int(*metric), row >= 0 ? TargetTableModel::goalColumnOfPhase(row)
                                                         : int(TargetTableModel::PlanGoalColumn));
        break;
    }
    case Section::General:
        break;
    }
}

void PlanPage::updateSectionTitles()
{
    const QString titles[] = {tr("&General"), tr("S&cenarios"), tr("Phase&s"), tr("&Targets")};
    int errors[4] = {}, warnings[4] = {};
    for (const Diagnostic &d : m_document->diagnostics())
        (d.severity == Diagnostic::Severity::Error ? errors : warnings)[int(sectionOf(d.jsonPath))]++;
    for (int i = 0; i < 4; ++i) {
        const int count = errors[i] + warnings[i];
        // A count in the title and an icon: which sections need attention is not told by colour.
        m_sections->setTabText(i, count ? tr("%1 (%2)").arg(titles[i]).arg(count) : titles[i]);
        m_sections->setTabIcon(i, !count
                                      ? QIcon()
                                      : QApplication::style()->standardIcon(errors[i] ? QStyle::SP_MessageBoxCritical
                                                                                      : QStyle::SP_MessageBoxWarning));
        m_sections->setTabToolTip(i, count ? tr("%1, %2").arg(tr("%n error(s)", nullptr, errors[i]),
                                                              tr("%n warning(s)", nullptr, warnings[i]))
                                           : tr("No problems"));
    }
}

} // namespace ls
