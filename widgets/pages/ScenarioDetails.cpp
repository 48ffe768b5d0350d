#include "ScenarioDetails.h"

#include "BodySyntax.h"
#include "HeaderEditor.h"
#include "HeaderTableModel.h"
#include "PlanDocument.h"
#include "ScenarioTableModel.h"

#include <QAction>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace ls {

namespace {

QLabel *problemLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QString equalsText(const nlohmann::json &value)
{
    return value.is_null()
               ? QString()
               : QString::fromStdString(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace

nlohmann::json ScenarioDetails::parseEquals(const QString &text)
{
    if (text.trimmed().isEmpty())
        return nullptr;
    const QByteArray utf8 = text.toUtf8();
    nlohmann::json value = nlohmann::json::parse(utf8.constData(), utf8.constData() + utf8.size(), nullptr, false);
    return value.is_discarded() ? nlohmann::json(text.toStdString()) : value;
}

ScenarioDetails::ScenarioDetails(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_headerModel(new HeaderTableModel(document, HeaderTableModel::noScenario, this)), m_headers(nullptr),
      m_body(new QPlainTextEdit(this)), m_placeholders(new QToolButton(this)), m_bodySyntax(new QLabel(this)),
      m_bodyProblem(problemLabel(QStringLiteral("bodyProblem"), this)), m_status(new QLineEdit(this)),
      m_statusProblem(problemLabel(QStringLiteral("expectStatusProblem"), this)), m_bodyContains(new QLineEdit(this)),
      m_jsonField(new QLineEdit(this)), m_jsonEquals(new QLineEdit(this)),
      m_checkProblems(problemLabel(QStringLiteral("checkProblems"), this))
{
    setObjectName(QStringLiteral("scenarioDetails"));
    m_title->setObjectName(QStringLiteral("scenarioDetailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tabs->setObjectName(QStringLiteral("scenarioDetailTabs"));
    m_tabs->setAccessibleName(tr("Scenario details"));
    m_tabs->addTab(buildHeadersTab(), tr("&Headers"));
    m_tabs->addTab(buildBodyTab(), tr("B&ody"));
    m_tabs->addTab(buildChecksTab(), tr("&Checks"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connectEdits();
    connect(m_document, &PlanDocument::planChanged, this, &ScenarioDetails::refresh);
    setScenario(-1);
}

QWidget *ScenarioDetails::buildHeadersTab()
{
    auto *page = new QWidget(this);
    m_headers = new HeaderEditor(m_headerModel, QStringLiteral("scenarioHeaders"), tr("Scenario headers"), page);
    auto *hint = new QLabel(tr("Added to the plan's default headers; a header of the same name replaces the "
                               "default one."),
                            page);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_headers, 1);
    return page;
}

QWidget *ScenarioDetails::buildBodyTab()
{
    auto *page = new QWidget(this);
    m_body->setObjectName(QStringLiteral("scenarioBody"));
    m_body->setAccessibleName(tr("Request body"));
    m_body->setToolTip(tr("Sent as it is after placeholders are expanded. JSON is checked as you type."));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_body->setFont(mono);

    m_placeholders->setObjectName(QStringLiteral("insertPlaceholder"));
    m_placeholders->setText(tr("&Insert placeholder"));
    m_placeholders->setAccessibleName(tr("Insert placeholder"));
    m_placeholders->setToolTip(tr("Insert a value that changes per request at the cursor"));
    m_placeholders->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_placeholders);
    menu->setObjectName(QStringLiteral("placeholderMenu"));
    struct Entry
    {
        const char *name;
        QString text;
        QString placeholder;
        QString select; // part to select after inserting, so the user can type over it
    };
    const Entry entries[] = {
        {"insertRandom", tr("Random integer from 1 to 100"), QStringLiteral("{{random:1:100}}"),
         QStringLiteral("1:100")},
        {"insertUuid", tr("Random UUID"), QStringLiteral("{{uuid}}"), QString()},
        {"insertDate", tr("Today's date (yyyy-MM-dd)"), QStringLiteral("{{date}}"), QString()},
        {"insertDatePlus", tr("Tomorrow's date"), QStringLiteral("{{date:+1d}}"), QStringLiteral("+1d")},
        {"insertSeq", tr("Sequence number (1, 2, 3, ...)"), QStringLiteral("{{seq}}"), QString()},
        {"insertEnv", tr("Environment variable"), QStringLiteral("${env:NAME}"), QStringLiteral("NAME")},
    };
    for (const Entry &entry : entries) {
        QAction *action = menu->addAction(tr("%1    %2").arg(entry.text, entry.placeholder));
        action->setObjectName(QString::fromLatin1(entry.name));
        connect(action, &QAction::triggered, this, [this, placeholder = entry.placeholder, select = entry.select] {
            insertPlaceholder(placeholder, select);
        });
    }
    m_placeholders->setMenu(menu);

    m_bodySyntax->setObjectName(QStringLiteral("bodySyntax"));
    m_bodySyntax->setWordWrap(true);
    m_bodySyntax->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_placeholders);
    bar->addWidget(m_bodySyntax, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_bodyProblem);
    return page;
}

QWidget *ScenarioDetails::buildChecksTab()
{
    auto *page = new QWidget(this);
    m_status->setObjectName(QStringLiteral("expectStatus"));
    m_status->setAccessibleName(tr("Expected status codes"));
    m_status->setPlaceholderText(tr("any 2xx"));
    m_bodyContains->setObjectName(QStringLiteral("expectBodyContains"));
    m_bodyContains->setAccessibleName(tr("Response body must contain"));
    m_bodyContains->setPlaceholderText(tr("not checked"));
    m_jsonField->setObjectName(QStringLiteral("expectJsonField"));
    m_jsonField->setAccessibleName(tr("JSON field"));
    m_jsonField->setPlaceholderText(QStringLiteral("data.status"));
    m_jsonEquals->setObjectName(QStringLiteral("expectJsonEquals"));
    m_jsonEquals->setAccessibleName(tr("JSON field equals"));
    m_jsonEquals->setPlaceholderText(QStringLiteral("\"healthy\""));

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *buddy = new QLabel(label, page);
        buddy->setBuddy(field);
        form->addRow(buddy, field);
    };
    addRow(tr("E&xpected status:"), m_status);
    form->addRow(QString(), m_statusProblem);
    addRow(tr("Body &contains:"), m_bodyContains);
    addRow(tr("&JSON field:"), m_jsonField);
    addRow(tr("… &equals:"), m_jsonEquals);
    form->addRow(QString(), m_checkProblems);
    auto *hint = new QLabel(tr("A response passes when its status is accepted and every check set here holds. "
                               "\"equals\" takes a JSON value: \"ok\" (with quotes), 1, true or null."),
                            page);
    hint->setWordWrap(true);
    form->addRow(hint);
    return page;
}

void ScenarioDetails::editScenario(QObject *field, const QString &what, const std::function<void(Scenario &)> &change)
{
    if (m_refreshing || m_row < 0 || size_t(m_row) >= m_document->plan().scenarios.size())
        return;
    Plan plan = m_document->plan();
    change(plan.scenarios[size_t(m_row)]);
    m_document->setPlan(plan, what.arg(plan.scenarios[size_t(m_row)].name), m_session.mergeIdFor(field));
}

void ScenarioDetails::connectEdits()
{
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        showBodySyntax();
        const QString stored = bodyForStoring(m_body->toPlainText());
        editScenario(m_body, tr("Change body of %1"), [&](Scenario &s) { s.body = stored; });
    });
    connect(m_status, &QLineEdit::textEdited, this, [this](const QString &text) {
        const std::optional<std::vector<int>> statuses = ScenarioTableModel::parseStatuses(text);
        if (!statuses) {
            // Not representable in the plan, so not committed; said here until the text is a list of codes.
            Diagnostic input;
            input.message = tr("enter status codes separated by commas, e.g. 200, 201");
            showFieldProblems(m_status, {input}, QString(), m_statusProblem);
            return;
        }
        editScenario(m_status, tr("Change expected status of %1"), [&](Scenario &s) { s.check.statuses = *statuses; });
    });
    connect(m_bodyContains, &QLineEdit::textEdited, this, [this](const QString &text) {
        editScenario(m_bodyContains, tr("Change body check of %1"), [&](Scenario &s) { s.check.bodyContains = text; });
    });
    connect(m_jsonField, &QLineEdit::textEdited, this, [this](const QString &text) {
        editScenario(m_jsonField, tr("Change JSON check of %1"),
                     [&](Scenario &s) { s.check.jsonField = text.trimmed(); });
    });
    connect(m_jsonEquals, &QLineEdit::textEdited, this, [this](const QString &text) {
        editScenario(m_jsonEquals, tr("Change JSON check of %1"),
                     [&](Scenario &s) { s.check.jsonEquals = parseEquals(text); });
    });
    for (QLineEdit *line : {m_status, m_bodyContains, m_jsonField, m_jsonEquals})
        connect(line, &QLineEdit::editingFinished, this, [this] { m_session.finish(); });
}

void ScenarioDetails::insertPlaceholder(const QString &placeholder, const QString &selectPart)
{
    QTextCursor cursor = m_body->textCursor();
    cursor.insertText(placeholder); // textChanged commits the edit
    if (!selectPart.isEmpty()) {
        const int end = cursor.position();
        const int start = end - int(placeholder.size()) + int(placeholder.indexOf(selectPart));
        cursor.setPosition(start);
        cursor.setPosition(start + int(selectPart.size()), QTextCursor::KeepAnchor);
        m_body->setTextCursor(cursor);
    }
    m_body->setFocus();
}

void ScenarioDetails::setScenario(int row)
{
    m_row = row;
    m_session.finish();
    m_headerModel->setScenario(row < 0 ? HeaderTableModel::noScenario : row);
    refresh();
}

void ScenarioDetails::refresh()
{
    const Plan &plan = m_document->plan();
    const bool valid = m_row >= 0 && size_t(m_row) < plan.scenarios.size();
    m_tabs->setEnabled(valid);
    if (!valid) {
        m_title->setText(tr("Select a scenario to edit its headers, body and checks."));
        m_refreshing = true;
        m_body->clear();
        for (QLineEdit *line : {m_status, m_bodyContains, m_jsonField, m_jsonEquals})
            line->clear();
        m_refreshing = false;
        showBodySyntax();
        return;
    }
    const Scenario &s = plan.scenarios[size_t(m_row)];
    m_title->setText(tr("Details of %1 (%2 %3)").arg(s.name, s.method, s.path));

    // Only what differs is replaced, so the field being typed in keeps its cursor.
    m_refreshing = true;
    if (bodyForStoring(m_body->toPlainText()) != s.body)
        m_body->setPlainText(bodyForEditing(s.body));
    if (ScenarioTableModel::parseStatuses(m_status->text()) != s.check.statuses)
        m_status->setText(ScenarioTableModel::statusText(s.check.statuses));
    if (m_bodyContains->text() != s.check.bodyContains)
        m_bodyContains->setText(s.check.bodyContains);
    if (m_jsonField->text().trimmed() != s.check.jsonField)
        m_jsonField->setText(s.check.jsonField);
    if (parseEquals(m_jsonEquals->text()) != s.check.jsonEquals)
        m_jsonEquals->setText(equalsText(s.check.jsonEquals));
    m_refreshing = false;
    showBodySyntax();

    const QString base = jsonPathIndex(QStringLiteral("scenarios"), m_row);
    const QString expect = jsonPathChild(base, QStringLiteral("expect"));
    showFieldProblems(m_body, m_document->diagnosticsFor(jsonPathChild(base, QStringLiteral("body"))),
                      tr("Sent as it is after placeholders are expanded. JSON is checked as you type."), m_bodyProblem);
    showFieldProblems(m_status, m_document->diagnosticsFor(jsonPathChild(expect, QStringLiteral("status"))),
                      tr("Status codes that count as success, e.g. 200, 201; empty: any 2xx."), m_statusProblem);
    showFieldProblems(m_bodyContains,
                      m_document->diagnosticsFor(jsonPathChild(expect, QStringLiteral("body_contains"))),
                      tr("The response body must contain this text; empty: not checked."));
    const Diagnostics jsonProblems = m_document->diagnosticsFor(jsonPathChild(expect, QStringLiteral("json")));
    const Diagnostics equalsProblems = m_document->diagnosticsFor(jsonPathChild(expect, QStringLiteral("equals")));
    showFieldProblems(m_jsonField, jsonProblems,
                      tr("A dotted path into a JSON response, e.g. data.status or items.0.id; empty: not checked."));
    Diagnostics checks = jsonProblems;
    checks.insert(checks.end(), equalsProblems.begin(), equalsProblems.end());
    showFieldProblems(m_jsonEquals, equalsProblems, tr("The value the JSON field must have, as JSON."));
    // One text under both fields says what is wrong with either.
    m_checkProblems->setText(PlanTableModel::problemText(checks));
    m_checkProblems->setVisible(!checks.empty());
}

void ScenarioDetails::showBodySyntax()
{
    const BodyCheck check = checkRequestBody(m_body->toPlainText());
    switch (check.kind) {
    case BodyCheck::Kind::Empty:
        m_bodySyntax->setText(tr("No body."));
        break;
    case BodyCheck::Kind::PlainText:
        m_bodySyntax->setText(tr("Plain text (sent as text/plain unless a Content-Type header says otherwise)."));
        break;
    case BodyCheck::Kind::Json:
        m_bodySyntax->setText(tr("\u2714 Valid JSON (placeholders count as values)."));
        break;
    case BodyCheck::Kind::InvalidJson:
        m_bodySyntax->setText(
            tr("\u2716 Not valid JSON: line %1, column %2: %3").arg(check.line).arg(check.column).arg(check.message));
        break;
    }
    m_bodySyntax->setAccessibleName(m_bodySyntax->text());
}

} // namespace ls
