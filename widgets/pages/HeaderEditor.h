#pragma once
// A header list (the plan's default headers or a scenario's) with buttons to add and remove headers.

#include <QWidget>

class QPushButton;
class QTableView;

namespace ls {

class HeaderTableModel;

class HeaderEditor : public QWidget
{
    Q_OBJECT
public:
    // name: the object name prefix of the table and buttons ("planHeaders" gives "planHeadersTable",
    // "planHeadersAdd", "planHeadersRemove"); title: what the headers are, for accessible names.
    HeaderEditor(HeaderTableModel *model, const QString &name, const QString &title, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void addHeader();
    void removeSelected();
    void updateButtons();

    HeaderTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace ls
