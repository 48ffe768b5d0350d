#pragma once
// The Plan page: everything needed to build a load-test plan by point and click, in four sections (General,
// Scenarios, Phases, Targets) over one PlanDocument, with the plan's problems listed underneath. Every edit is
// an undo step of the document; invalid input is marked where it is, with the reason.

#include <QWidget>

class QTabWidget;

namespace ls {

class GeneralForm;
class PhaseEditor;
class PlanDocument;
class ProblemsPanel;
class ScenarioEditor;
class TargetEditor;

class PlanPage : public QWidget
{
    Q_OBJECT
public:
    enum class Section
    {
        General,
        Scenarios,
        Phases,
        Targets,
    };

    explicit PlanPage(PlanDocument *document, QWidget *parent = nullptr);

    // The phase selected in the phase table (the Run page offers to run it); empty when none.
    QString selectedPhaseName() const;
    void showSection(Section section);
    Section currentSection() const;
    // Shows the section and field a JSON path of the plan format is about ("scenarios[1].path").
    void showProblemAt(const QString &jsonPath);

    GeneralForm *generalForm() const { return m_general; }
    ScenarioEditor *scenarioEditor() const { return m_scenarios; }
    PhaseEditor *phaseEditor() const { return m_phases; }
    TargetEditor *targetEditor() const { return m_targets; }
    ProblemsPanel *problemsPanel() const { return m_problems; }

Q_SIGNALS:
    void selectedPhaseChanged(const QString &name);

private:
    void updateSectionTitles(); // problem counts and icons on the section tabs

    PlanDocument *m_document;
    QTabWidget *m_sections;
    GeneralForm *m_general;
    ScenarioEditor *m_scenarios;
    PhaseEditor *m_phases;
    TargetEditor *m_targets;
    ProblemsPanel *m_problems;
};

} // namespace ls
