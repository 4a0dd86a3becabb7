#pragma once

#include "result.h"
#include "scope.h"
#include "tcmconstitution.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <QVector>

namespace Models {

// One 老年人中医药健康管理服务记录表 as stored: the answers as scored, the judgement, and the
// guidance chosen for each recorded constitution.
struct TcmRecord
{
    QString id;
    QString residentId;
    QDate date;
    QString doctor;
    TcmAnswers answers{};                // as given; items 9/28 may be 0 when bmi / waist is given
    std::optional<double> bmi;           // sets item 9 from its anchors
    std::optional<double> waistCm;       // sets item 28
    TcmAssessment assessment;            // computed on save
    QMap<QString, QStringList> guidance; // constitution code -> guidance domain codes
    QString guidanceOther;
    QString supersedes;
    QDateTime updatedAt;
    QString updatedBy;
};

// 儿童中医药健康管理服务记录 at one month age.
struct TcmChildRecord
{
    QString id;
    QString residentId;
    int months = 0; // 6, 12, 18, 24, 30, 36
    QDate date;
    QString doctor;
    QStringList services; // diet, living, technique, other
    QString otherText;
    QDate nextDate;
    QString supersedes;
    QDateTime updatedAt;
    QString updatedBy;
};

// Every call checks record.read / record.write and the resident's village; every write stores
// the row, its outbox entry and its audit entry in one transaction; a correction is a new
// version superseding the old one (which must be the latest).
class TcmRepository
{
public:
    explicit TcmRepository(QString connectionName);

    Result<TcmRecord> addAssessment(const Scope &scope, TcmRecord r);
    Result<TcmRecord> assessment(const Scope &scope, const QString &id) const;
    // The current versions (not superseded), newest first.
    Result<QVector<TcmRecord>> assessments(const Scope &scope, const QString &residentId) const;

    Result<TcmChildRecord> addChildService(const Scope &scope, TcmChildRecord r);
    Result<TcmChildRecord> childService(const Scope &scope, const QString &id) const;
    Result<QVector<TcmChildRecord>> childServices(const Scope &scope,
                                                  const QString &residentId) const;

private:
    Result<QString> residentVillage(const Scope &scope, const QString &residentId,
                                    QDate *birth = nullptr) const;
    Result<void> checkCurrent(const QString &table, const QString &id,
                              const QString &residentId) const;
    QString m_conn;
};

} // namespace Models
