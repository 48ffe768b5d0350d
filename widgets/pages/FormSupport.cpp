#include "FormSupport.h"

#include "PlanTableModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace ls {

namespace {

// The reason, written under the field: a label made on first need in the field's form row (hidden while all is
// well), so a problem is read where it is, not only in a tooltip.
QLabel *problemLabelFor(QWidget *field)
{
    const auto existing = field->property("problemLabel").value<QLabel *>();
    if (existing)
        return existing;
    QWidget *parent = field->parentWidget();
    if (!parent)
        return nullptr;
    // The form may sit inside the parent's main layout.
    QFormLayout *form = nullptr;
    int row = -1;
    QFormLayout::ItemRole role;
    for (QFormLayout *candidate : parent->findChildren<QFormLayout *>()) {
        candidate->getWidgetPosition(field, &row, &role);
        if (row >= 0) {
            form = candidate;
            break;
        }
    }
    if (!form)
        return nullptr;
    auto *label = new QLabel(parent);
    label->setObjectName(field->objectName() + QStringLiteral("Problem"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    form->insertRow(row + 1, QString(), label);
    field->setProperty("problemLabel", QVariant::fromValue(label));
    return label;
}

} // namespace

void showFieldProblems(QWidget *field, const Diagnostics &problems, const QString &normalToolTip, QLabel *message)
{
    const QString text = PlanTableModel::problemText(problems);
    if (field->property("problem").toString() == text && (!text.isEmpty() || field->toolTip() == normalToolTip))
        return; // unchanged: leave the palette alone while the user types
    field->setProperty("problem", text);
    if (!message && !text.isEmpty())
        message = problemLabelFor(field);
    else if (!message)
        message = field->property("problemLabel").value<QLabel *>();
    // Only Base is set: the rest stays inherited, and an empty palette inherits everything again.
    QPalette palette;
    if (!problems.empty()) {
        // Blend the tint into the surrounding background so text stays readable in light and dark palettes.
        const QColor base = field->parentWidget() ? field->parentWidget()->palette().color(QPalette::Base)
                                                  : QPalette().color(QPalette::Base);
        const QColor tint = PlanTableModel::problemTint(problems);
        const float a = tint.alphaF();
        palette.setColor(QPalette::Base, QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a,
                                                          base.greenF() * (1 - a) + tint.greenF() * a,
                                                          base.blueF() * (1 - a) + tint.blueF() * a));
    }
    field->setPalette(palette);
    field->setToolTip(text.isEmpty() ? normalToolTip : text);
    field->setAccessibleDescription(text);
    if (message) {
        message->setText(text);
        message->setVisible(!text.isEmpty());
    }
}

int EditSession::mergeIdFor(const QObject *field)
{
    if (field != m_field) {
        m_field = field;
        ++m_id;
    }
    return m_id;
}

} // namespace ls
