#pragma once
// Request headers as a table (name, value, secret): the plan's default headers, or one scenario's.
// Secret headers (marked so, or Authorization, Cookie, ... which always are) show their value masked;
// editing a value shows it.

#include "PlanTableModel.h"

namespace ls {

class HeaderTableModel : public PlanTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        SecretColumn, // a check box
        ColumnCount,
    };
    enum Role
    {
        SecretRole = FirstCustomRole, // bool: the value is hidden (marked secret or a secret name)
        AlwaysSecretRole,             // bool: the name is one that is always secret (Authorization, ...)
    };
    static constexpr int planHeaders = -1;
    static constexpr int noScenario = -2; // no rows, nothing to add to

    // scenario: the index of the scenario whose headers are shown, planHeaders or noScenario.
    explicit HeaderTableModel(PlanDocument *document, int scenario = planHeaders, QObject *parent = nullptr);

    int scenario() const { return m_scenario; }
    void setScenario(int scenario);
    static QString maskedValue(); // what a secret value shows

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // New headers get a unique name ("X-Header") and an empty value.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    const std::vector<Header> *headers() const; // null when the scenario does not exist
    std::vector<Header> *headersIn(Plan &plan) const;
    QString basePath() const;  // "headers" or "scenarios[2].headers"
    QString ownerName() const; // for undo texts: "the plan" or the scenario's name
    Diagnostics cellProblems(int row, int column) const;

    int m_scenario;
};

} // namespace ls
