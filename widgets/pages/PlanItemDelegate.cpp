#include "PlanItemDelegate.h"

#include "PlanTableModel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

namespace ls {

PlanItemDelegate::PlanItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *PlanItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const QVariant choices = index.data(PlanTableModel::EditorChoicesRole);
    if (choices.isValid()) {
        auto *combo = new QComboBox(parent);
        combo->addItems(choices.toStringList());
        combo->setFrame(false);
        return combo;
    }
    const QVariant decimals = index.data(PlanTableModel::EditorDecimalsRole);
    if (decimals.isValid()) {
        const double minimum = index.data(PlanTableModel::EditorMinimumRole).toDouble();
        const double maximum = index.data(PlanTableModel::EditorMaximumRole).toDouble();
        const QString suffix = index.data(PlanTableModel::EditorSuffixRole).toString();
        if (decimals.toInt() == 0) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(int(minimum), int(std::min(maximum, 2.0e9)));
            spin->setSuffix(suffix);
            spin->setFrame(false);
            return spin;
        }
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(decimals.toInt());
        spin->setRange(minimum, maximum);
        spin->setSuffix(suffix);
        spin->setFrame(false);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PlanItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // EditRole is the choice's index, or its text.
        const int at = value.typeId() == QMetaType::Int ? value.toInt() : combo->findText(value.toString());
        combo->setCurrentIndex(std::max(0, at));
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
        spin->selectAll();
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.toDouble());
        spin->selectAll();
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PlanItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant current = index.data(Qt::EditRole);
        if (current.typeId() == QMetaType::Int)
            model->setData(index, combo->currentIndex());
        else
            model->setData(index, combo->currentText());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace ls
