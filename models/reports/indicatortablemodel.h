#pragma once

// The dashboard's table: one row per indicator with its value, numerator, denominator, target,
// gap and a status in words (达标 / 接近 / 未达标), for a view and for the export buttons. No
// colours here (models/ knows no QtGui): StatusRole tells the view which one to paint.

#include "indicatorcatalog.h"
#include "indicatorresult.h"

#include <QAbstractTableModel>

namespace Models {

class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Programme,
        Name,
        Value,
        Numerator,
        Denominator,
        Target,
        Gap,
        Status,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // indicator id
        StatusRole,                // int(TargetStatus)
        DrillRole,                 // int(IndicatorSet) a number cell stands for, -1 for others
        NumberRole                 // the raw number of a number cell (value in percent)
    };

    explicit IndicatorTableModel(QObject *parent = nullptr,
                                 const IndicatorCatalog &catalog = IndicatorCatalog::get());

    void setRun(const IndicatorRun &run);
    const IndicatorRun &run() const { return m_run; }
    const IndicatorResult *result(int row) const;
    const IndicatorDefinition *definition(int row) const;
    int rowOf(const QString &id) const;

    static QString statusText(TargetStatus s);
    static QString percent(std::optional<double> v);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    const IndicatorCatalog &m_catalog;
    IndicatorRun m_run;
};

// The residents behind a number: name, sex, birth date and age, village, phone, record number.
class IndicatorPeopleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Sex, Birth, Age, Village, Phone, RecordNo, ColumnCount };
    enum Role { ResidentIdRole = Qt::UserRole + 1 };

    explicit IndicatorPeopleModel(QObject *parent = nullptr);
    void setPeople(const IndicatorPeople &people, const QDate &ageOn);
    const IndicatorPeople &people() const { return m_people; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    IndicatorPeople m_people;
    QDate m_ageOn;
};

} // namespace Models
