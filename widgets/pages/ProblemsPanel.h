#pragma once
// The plan's problems under the plan page: a summary line ("2 errors, 1 warning: the plan cannot run until the
// errors are fixed") and the list of problems, each naming the scenario or phase it is about. Activating a
// problem (double-click, Enter) asks the page to show the field.

#include <QWidget>

class QLabel;
class QListWidget;

namespace ls {

class PlanDocument;

class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(PlanDocument *document, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QString summary() const;

Q_SIGNALS:
    void problemActivated(const QString &jsonPath);

private:
    void refresh();
    QString location(const QString &jsonPath) const; // "Scenario "List Agents": path"

    PlanDocument *m_document;
    QLabel *m_summary;
    QListWidget *m_list;
};

} // namespace ls
