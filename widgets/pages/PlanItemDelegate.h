#pragma once
// Cell editors for the plan tables, chosen from the model's hints (PlanTableModel::Editor*Role): a combo box
// for a list of choices, a spin box with the cell's range, decimals and unit for numbers, a line edit
// otherwise.

#include <QStyledItemDelegate>

namespace ls {

class PlanItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PlanItemDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace ls
