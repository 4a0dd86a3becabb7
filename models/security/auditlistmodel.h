#pragma once

#include "auditsentence.h"
#include "changelog.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Models {

// The audit screen's table: entries as AuditRepository::query returned them (newest first), each
// read as a sentence with people's names; the raw row is the tooltip of every cell.
class AuditListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, At, User, Workstation, Action, Entity, Resident, Change, ColumnCount };
    explicit AuditListModel(QString connectionName, QObject *parent = nullptr);

    void setEntries(QVector<AuditEntry> entries);
    const AuditSentences &sentences() const { return m_sentences; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString actionName(const QString &action); // translated
    static QStringList knownActions();                // for the action filter, in display order
    static QString entityName(const QString &entity); // "resident" → 居民; unknown ones as they are

private:
    QVector<AuditEntry> m_entries;
    AuditSentences m_sentences;
};

} // namespace Models
