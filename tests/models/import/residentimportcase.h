#pragma once
// Shared by tst_residentimport and tst_residentimportformats: a fresh database per test and an
// import of CSV text.

#include "arearepository.h"
#include "changelog.h"
#include "database.h"
#include "dbaccess.h"
#include "idnumber.h"
#include "residentimport.h"
#include "tabularfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "xlsxwriterlib.h"

#include "importtestutil.h"

namespace ResidentImportCase {
using namespace Models;

using namespace ImportTest;

template <typename R> QByteArray why(const R &r)
{
    return r ? QByteArray()
             : (r.error().code + QStringLiteral(": ") + r.error().message + QStringLiteral(" / ") +
                r.error().detail)
                   .toUtf8();
}

// The mixed file: line numbers in comments are the file's lines (header = line 1).
inline QString mixedCsv()
{
    QString badId = idFor(QDate(1970, 5, 6), 11);
    badId[17] = badId[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const QStringList lines{
        QStringLiteral("序号,姓名,性别,出生日期,身份证号,联系电话,现住址,村,联系人,联系人电话"),
        QStringLiteral("1,张三,男,1960-03-01,%1,13800138000,石桥村1组3号,石桥村,张大,13900139000")
            .arg(idFor(QDate(1960, 3, 1), 11)),                                 // 2 good
        QStringLiteral("2,李四,女,1970/5/6,%1,,石桥村2组,石桥村,,").arg(badId), // 3 bad checksum
        QStringLiteral("3,王五,男,2023-02-30,,,柳树村,柳树村,,"),               // 4 impossible date
        QStringLiteral("4,,女,1980-01-01,,,,石桥村,,"),                         // 5 missing name
        QStringLiteral(
            "5,\"赵六\",女,19850704,,0731-84001234,\"柳树村3组, 东头\",430121101202,,"), // 6 good
                                                                                         // (code,
                                                                                         // quoted
                                                                                         // comma)
        QStringLiteral("6,钱七,男,1990-01-01,,,,不存在村,,"), // 7 unknown village
        QStringLiteral("7,孙八,女,1955年3月8日,%1,,,柳树,,")
            .arg(idFor(QDate(1955, 3, 8), 12)),                  // 8 good (village without 村)
        QStringLiteral("8,周九,男,1966-06-06,,12345,,石桥村,,"), // 9 bad phone
        QStringLiteral("9,张三,男,1960-03-01,%1,,,石桥村,,")
            .arg(idFor(QDate(1960, 3, 1), 11)), // 10 same as line 2
    };
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

// init/cleanup and helpers of TstResidentImport and TstResidentImportFormats.
class ResidentImportTestCase
{
protected:
    void initFixture();
    void cleanupFixture();
    QString conn() const { return QString::fromLatin1(QTest::currentTestFunction()); }
    ImportReport importText(const QByteArray &bytes, bool dryRun = false)
    {
        auto t = TabularFile::readCsv(bytes);
        if (!t)
            return {};
        ImportOptions o;
        o.today = kToday;
        o.dryRun = dryRun;
        o.batchSize = 3;
        auto r = ResidentImport(conn()).run(Scope::administrator(), *t,
                                            ImportMapping::detect(t->header), o);
        if (!r)
            qWarning() << r.error().message;
        else if (qEnvironmentVariableIsSet("SHOW"))
            qWarning().noquote() << r->toText();
        return r ? *r : ImportReport{};
    }
};

inline void ResidentImportTestCase::initFixture()
{
    QVERIFY(openDatabase(conn(), QStringLiteral(":memory:")));
    QVERIFY(addAreas(conn()));
}

inline void ResidentImportTestCase::cleanupFixture()
{
    closeDatabase(conn());
}

} // namespace ResidentImportCase
