// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The app's item models over incidents of real corpus logs (tests/data/reports, each with
// its source in the corpus manifest), parsed, diagnosed and analysed by the core itself:
// QAbstractItemModelTester on each, and what the rows say.

#include "app/causemodel.h"
#include "app/causetitle.h"
#include "app/factmodel.h"
#include "app/incidentfiltermodel.h"
#include "app/incidentformat.h"
#include "app/incidentlistmodel.h"
#include "app/incidentview.h"
#include "app/severitymap.h"
#include "app/standardshortcuts.h"
#include "sources/driver/analysisdriver.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Incidents as the app gets them: the session of the driver the app runs.
QList<oom::IncidentPtr> incidentsOf(const QStringList &names)
{
    oom::AnalysisRequest request;
    for (const QString &name : names)
        request.paths.append(QStringLiteral(OOMLENS_TEST_DATA_DIR "/reports/") + name);
    const oom::SessionPtr session = oom::runAnalysis(request);
    return session ? session->incidents : QList<oom::IncidentPtr>();
}

const QStringList Corpus = {
    u"004-rhel7-3.10-memcg-v1-kubepods-slice-monocular.log"_s,
    u"009-alibaba-doc-host-low-memory.log"_s,
    u"011-alibaba-doc-buddy-fragmentation-order3.log"_s,
    u"023-systemd-oomd-zh-locale-candidates-abridged.log"_s,
};

} // namespace

class TestAppModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_incidents = incidentsOf(Corpus);
        QVERIFY2(m_incidents.size() >= 4, "every corpus file holds an incident");
    }

    void incidentList()
    {
        IncidentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &IncidentListModel::countChanged);
        for (const oom::IncidentPtr &incident : std::as_const(m_incidents))
            model.append(incident);
        QCOMPARE(model.rowCount(), m_incidents.size());
        QCOMPARE(count.count(), m_incidents.size());
        QCOMPARE(model.columnCount(), int(IncidentListModel::ColumnCount));

        // The RHEL 7 kubepods incident: monocular (pid 24518) killed, by the kernel.
        const QModelIndex victim = model.index(0, IncidentListModel::VictimColumn);
        QVERIFY2(victim.data().toString().contains(u"monocular"_s),
                 qPrintable(victim.data().toString()));
        QCOMPARE(model.index(0, IncidentListModel::KillerColumn).data().toString(), u"Kernel"_s);
        QVERIFY(!model.index(0, IncidentListModel::CauseColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(IncidentListModel::IdRole).toString(),
                 m_incidents.first()->id);
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());

        // systemd-oomd's kill is told as such.
        bool oomd = false;
        for (int row = 0; row < model.rowCount(); ++row)
            oomd |= model.index(row, IncidentListModel::KillerColumn).data().toString()
                == u"systemd-oomd"_s;
        QVERIFY(oomd);

        // The finished session's copies replace the rows in place (same ids).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.replaceAll(m_incidents);
        QCOMPARE(reset.count(), 0);
        model.replaceAll(m_incidents.mid(1));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), m_incidents.size() - 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filterAndSort()
    {
        IncidentListModel source;
        for (const oom::IncidentPtr &incident : std::as_const(m_incidents))
            source.append(incident);
        IncidentFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&source);
        QCOMPARE(filter.count(), source.count());
        filter.setFilterText(u"MONOCULAR"_s);
        QCOMPARE(filter.count(), 1);
        QCOMPARE(filter.idAt(0), m_incidents.first()->id);
        QCOMPARE(filter.rowOfId(m_incidents.first()->id), 0);
        filter.setFilterText({});
        filter.sortBy(IncidentListModel::KillerColumn);
        QVERIFY(filter.isAscending());
        const QString firstAscending =
            filter.index(0, IncidentListModel::KillerColumn).data().toString();
        filter.sortBy(IncidentListModel::KillerColumn);
        QVERIFY(!filter.isAscending());
        const QString firstDescending =
            filter.index(0, IncidentListModel::KillerColumn).data().toString();
        QCOMPARE(firstAscending, u"Kernel"_s);
        QCOMPARE(firstDescending, u"systemd-oomd"_s);
    }

    void incidentView()
    {
        IncidentView view;
        QAbstractItemModelTester causes(view.causes(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester facts(view.facts(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!view.isValid());
        QSignalSpy changed(&view, &IncidentView::incidentChanged);
        const oom::IncidentPtr incident = m_incidents.first();
        view.setIncident(IncidentFormat::toVariant(incident));
        QCOMPARE(changed.count(), 1);
        QVERIFY(view.isValid());
        QVERIFY(view.sentence().contains(u"monocular"_s));
        QCOMPARE(view.firstLine(), incident->event.lines.first);
        QCOMPARE(view.causes()->rowCount(), incident->causes.size());
        QVERIFY(view.causes()->rowCount() > 0);
        const QModelIndex primary = view.causes()->index(0);
        QCOMPARE(primary.data(CauseModel::CauseIdRole).toString(), incident->causes.first().id);
        QVERIFY(primary.data(CauseModel::PrimaryRole).toBool());
        QVERIFY(!primary.data(CauseModel::EvidenceRole).toList().isEmpty());
        // Every cause with a remedy says in words what to do.
        for (int row = 0; row < view.causes()->rowCount(); ++row) {
            const QModelIndex cause = view.causes()->index(row);
            if (!cause.data(CauseModel::RemedyIdRole).toString().isEmpty())
                QVERIFY(!cause.data(CauseModel::AdviceRole).toString().isEmpty());
        }
        // The facts name the victim, with its kill line.
        bool victimFact = false;
        for (int row = 0; row < view.facts()->rowCount(); ++row) {
            const QModelIndex fact = view.facts()->index(row);
            if (fact.data(FactModel::LabelRole).toString().contains(u"monocular"_s)) {
                victimFact = true;
                QVERIFY(fact.data(FactModel::LineRole).toLongLong() > 0);
            }
        }
        QVERIFY(victimFact);
        view.setIncident({});
        QVERIFY(!view.isValid());
        QCOMPARE(view.causes()->rowCount(), 0);
    }

    // Every cause id of the contract has a name of its own for the Overview's headings.
    void causeTitlesNameEveryCause()
    {
        QFile header(QStringLiteral(OOMLENS_TEST_DATA_DIR "/../../src/core/analysis/causeids.h"));
        QVERIFY(header.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(header.readAll());
        const QString causes = text.left(text.indexOf(u"namespace oom::remedyid"_s));
        static const QRegularExpression idPattern(uR"re(QStringLiteral\("([a-z-]+)"\))re"_s);
        QSet<QString> titles;
        int ids = 0;
        for (const auto &match : idPattern.globalMatch(causes)) {
            const QString id = match.captured(1);
            const QString title = CauseTitle::of(id);
            QVERIFY2(!title.isEmpty() && title != id, qPrintable(id + u" has no title"_s));
            QVERIFY2(!titles.contains(title), qPrintable(id + u" shares its title"_s));
            titles.insert(title);
            ++ids;
        }
        QVERIFY(ids >= 20);
        QCOMPARE(CauseTitle::of(u"a-newer-cause"_s), u"a-newer-cause"_s);
    }

    void severityColoursDiffer()
    {
        SeverityMap map;
        QVERIFY(map.color(u"critical"_s) != map.color(u"warning"_s));
        QVERIFY(map.color(u"warning"_s) != map.color(u"info"_s));
        QCOMPARE(map.color(u"no-such"_s), map.color(u"info"_s));
        QCOMPARE(map.label(u"critical"_s), u"Critical"_s);
    }

    void shortcutsAreDistinctAndComplete()
    {
        // Every action has a sequence on this platform (the generic theme has no Quit), and
        // none collides with the log view's own (Ctrl+G: go to line) or with another.
        StandardShortcuts shortcuts;
        const QStringList sequences{
            shortcuts.open(), shortcuts.refresh(), shortcuts.copy(),     shortcuts.close(),
            shortcuts.quit(), shortcuts.find(),    shortcuts.findNext(), shortcuts.findPrevious(),
            u"Ctrl+G"_s,      u"Ctrl+E"_s,         u"Ctrl+Shift+E"_s,    u"Ctrl+Shift+O"_s};
        for (const QString &sequence : sequences)
            QVERIFY2(!QKeySequence(sequence).isEmpty(), qPrintable(sequences.join(u", ")));
        QCOMPARE(QSet<QString>(sequences.cbegin(), sequences.cend()).size(), sequences.size());
        QCOMPARE(shortcuts.close(), u"Ctrl+W"_s);
    }

private:
    QList<oom::IncidentPtr> m_incidents;
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestAppModels test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appmodels.moc"
