#pragma once
// The details of one scenario: its own headers, its body (with a JSON check and placeholders to insert) and
// the checks a response must pass (status, body contains, JSON field equals).

#include "FormSupport.h"

#include <nlohmann/json.hpp>

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;

namespace ls {

class HeaderEditor;
class HeaderTableModel;
class PlanDocument;
struct Scenario;

class ScenarioDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioDetails(PlanDocument *document, QWidget *parent = nullptr);

    int scenario() const { return m_row; }
    void setScenario(int row); // -1: none selected
    QTabWidget *tabs() const { return m_tabs; }

    // "equals" as typed: a JSON value ("ok" in quotes, 1, true, null), or else the text as a string.
    static nlohmann::json parseEquals(const QString &text);

private:
    QWidget *buildHeadersTab();
    QWidget *buildBodyTab();
    QWidget *buildChecksTab();
    void connectEdits();
    void editScenario(QObject *field, const QString &what, const std::function<void(Scenario &)> &change);
    void insertPlaceholder(const QString &placeholder, const QString &selectPart);
    void refresh(); // values (where they differ) and problems of the selected scenario
    void showBodySyntax();

    PlanDocument *m_document;
    int m_row = -1;
    bool m_refreshing = false;
    EditSession m_session;
    QLabel *m_title;
    QTabWidget *m_tabs;
    HeaderTableModel *m_headerModel;
    HeaderEditor *m_headers;
    QPlainTextEdit *m_body;
    QToolButton *m_placeholders;
    QLabel *m_bodySyntax;
    QLabel *m_bodyProblem;
    QLineEdit *m_status;
    QLabel *m_statusProblem;
    QLineEdit *m_bodyContains;
    QLineEdit *m_jsonField;
    QLineEdit *m_jsonEquals;
    QLabel *m_checkProblems;
};

} // namespace ls
