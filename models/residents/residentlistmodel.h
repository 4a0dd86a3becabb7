#pragma once

#include "resident.h"
#include "residentsearch.h"
#include "scope.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <memory>

namespace Models {

// The residents table: a ranked list of row numbers for the current query and village filter,
// with the row contents read a page at a time as the view asks for them. Browsing (no query)
// holds the whole ordered list of row numbers (8 bytes a resident) so the scroll bar is true;
// a typed query is read further as the user scrolls (canFetchMore/fetchMore).
class ResidentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Sex,
        Age,
        BirthDate,
        IdNumber,
        Phone,
        Village,
        Address,
        RecordNo,
        LifeStatus, // 已故 2026-11-02 / 已迁出 … / 已注销 …; empty while the record is active
        ColumnCount
    };
    enum Role { ResidentIdRole = Qt::UserRole + 1 };

    ResidentListModel(QString connectionName, Scope scope, QObject *parent = nullptr);
    ~ResidentListModel() override;

    void setQuery(const QString &query);
    void setVillageFilter(const QString &villageCode); // empty = every village in scope
    void refresh();                                    // re-run after an edit
    QString query() const { return m_query; }
    // What to tell the user instead of rows: a refused search, or a query too short to run.
    QString hint() const;
    bool complete() const { return !m_cursor || m_cursor->atEnd(); }
    QString residentId(int row) const;
    int rowOfResident(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void resultsChanged(); // after a query, a filter change or more rows fetched

private:
    const Resident *row(int r) const;
    void reload();

    static constexpr int PageSize = 128;
    static constexpr int SearchChunk = 256;
    static constexpr int MaxCachedPages = 64;

    QString m_conn;
    Scope m_scope;
    QString m_query;
    QString m_village;
    SearchPlan m_plan;
    std::unique_ptr<ResidentCursor> m_cursor;
    QVector<qint64> m_rids;
    mutable QHash<int, QVector<Resident>> m_pages;
    QHash<QString, QString> m_villageNames;
    QDate m_today;
};

} // namespace Models
