#include "ProblemsPanel.h"

#include "PlanDocument.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace ls {

namespace {
constexpr int pathRole = Qt::UserRole + 1;
}

ProblemsPanel::ProblemsPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_summary(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setAccessibleName(tr("Problems in the plan"));
    m_list->setToolTip(tr("Double-click or press Enter to go to the field"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    // Up to about five problems without scrolling, in text units so it scales with the font.
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6 + 2 * m_list->frameWidth());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);

    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT problemActivated(item->data(pathRole).toString()); });
    connect(m_document, &PlanDocument::planChanged, this, &ProblemsPanel::refresh);
    refresh();
}

QString ProblemsPanel::summary() const
{
    return m_summary->text();
}

QString ProblemsPanel::location(const QString &jsonPath) const
{
    static const QRegularExpression item(QStringLiteral("^(scenarios|phases)\\[(\\d+)\\](?:\\.(.*))?$"));
    const QRegularExpressionMatch m = item.match(jsonPath);
    if (!m.hasMatch())
        return jsonPath;
    const Plan &plan = m_document->plan();
    const size_t index = m.captured(2).toULongLong();
    const QString rest = m.captured(3);
    QString owner;
    if (m.captured(1) == QStringLiteral("scenarios")) {
        const QString name = index < plan.scenarios.size() ? plan.scenarios[index].name : QString();
        owner = name.isEmpty() ? tr("Scenario %1").arg(index + 1) : tr("Scenario \"%1\"").arg(name);
    } else {
        const QString name = index < plan.phases.size() ? plan.phases[index].name : QString();
        owner = name.isEmpty() ? tr("Phase %1").arg(index + 1) : tr("Phase \"%1\"").arg(name);
    }
    return rest.isEmpty() ? owner : tr("%1, %2").arg(owner, rest);
}

void ProblemsPanel::refresh()
{
    const Diagnostics &diagnostics = m_document->diagnostics();
    int errors = 0, warnings = 0;
    m_list->clear();
    for (const Diagnostic &d : diagnostics) {
        const bool error = d.severity == Diagnostic::Severity::Error;
        (error ? errors : warnings)++;
        // The word "Error"/"Warning" and an icon, not only a colour.
        const QString text = (error ? tr("Error: %1: %2") : tr("Warning: %1: %2"))
                                 .arg(d.jsonPath.isEmpty() ? tr("plan") : location(d.jsonPath), d.message);
        auto *item = new QListWidgetItem(
            QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            text, m_list);
        item->setData(pathRole, d.jsonPath);
        item->setToolTip(d.jsonPath);
    }
    QString summary;
    if (errors == 0 && warnings == 0)
        summary = tr("\u2714 No problems: the plan can run.");
    else if (errors == 0)
        summary = tr("\u26A0 %n warning(s): the plan can run, but have a look.", nullptr, warnings);
    else
        summary = tr("\u2716 %1, %2: the plan cannot run until the errors are fixed.")
                      .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings));
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
    m_list->setVisible(!diagnostics.empty());
}

} // namespace ls
