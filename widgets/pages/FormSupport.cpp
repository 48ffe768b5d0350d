#include "FormSupport.h"

#include "PlanTableModel.h"

#include <QLabel>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace ls {

void showFieldProblems(QWidget *field, const Diagnostics &problems, const QString &normalToolTip, QLabel *message)
{
    const QString text = PlanTableModel::problemText(problems);
    if (field->property("problem").toString() == text && (!text.isEmpty() || field->toolTip() == normalToolTip))
        return; // unchanged: leave the palette alone while the user types
    field->setProperty("problem", text);
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
