#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Models {

// The official report tables of the basic public health service (国家基本公共卫生服务报表) as
// data: resources/rules/report_tables.json names each table, its columns with their labels and
// definitions, and the SQL that counts them per village (docs/domain/report-tables.md). A
// programme adds a table by adding an entry there; the engine (reporttable.h), the screen, the
// CLI and the exports know no table by name.
struct ReportColumn
{
    QString id;
    QString label, labelEn;
    QString group, groupEn; // a heading over several columns (二级表头), empty when none
    QString definition, definitionEn;
    // A rate (percent, one decimal) of two count columns of the same table; empty for a count.
    QString numerator, denominator;
    // A count that may be unknown (a figure the county sets): shown as "—", and the 合计 is
    // unknown when any village's is.
    bool nullable = false;
    QString sql; // a query of its own returning (village, value); empty: one of the table's

    bool isRate() const { return !numerator.isEmpty(); }
    QString displayLabel() const;
    QString displayGroup() const;
    QString displayDefinition() const;
};

struct ReportTableDef
{
    QString id; // "01", "07-1", "fd" ...
    QString title, titleEn;
    QString programme;          // what it is about, for people choosing a table
    QString permission;         // besides report.read, e.g. chronic.read
    QStringList queries;        // each returns a village column and count columns by id
    QStringList notes, notesEn; // printed under the table
    QVector<ReportColumn> columns;

    QString displayTitle() const;
    QStringList displayNotes() const;
    int columnIndex(const QString &columnId) const; // -1 when absent
};

class ReportTableSet
{
public:
    // The tables compiled in (resources/rules/report_tables.json), loaded and checked once.
    static const ReportTableSet &builtIn();
    // A definition file (tests, a province's own tables); every rule below is checked.
    static Result<ReportTableSet> load(const QString &path);
    static Result<ReportTableSet> fromJson(const QByteArray &json);

    QString version() const { return m_version; }
    const QVector<ReportTableDef> &tables() const { return m_tables; }
    const ReportTableDef *find(const QString &id) const;
    QStringList ids() const;

private:
    QString m_version;
    QVector<ReportTableDef> m_tables;
};

} // namespace Models
