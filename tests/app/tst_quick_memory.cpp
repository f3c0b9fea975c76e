// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Qt Quick Test runner for the memory pages (quick/tst_*.qml). Its own main(): the pages
// hold charts, and ChartView needs a QApplication. The tests get real incidents (reports
// of tests/data/reports through the engine) from the ReportIncidents singleton below.

#include "helpers/memoryincidents.h"

#include <QApplication>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(OomLens_MemoryPlugin)
Q_IMPORT_QML_PLUGIN(OomLens_ChartsPlugin)

// Test fixture only: hands QML an oom::IncidentPtr for a report, as the shell passes one.
class ReportIncidents : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE QVariant incident(const QString &report) const
    {
        return QVariant::fromValue(oom::testing::reportIncident(report));
    }
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml")); // absent on Qt 6.4
        // The one imperative registration: a fixture of this test, not of the app.
        qmlRegisterSingletonInstance("OomLens.TestData", 1, 0, "ReportIncidents", &m_incidents);
    }

private:
    ReportIncidents m_incidents;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // before quick_test_main_with_setup, which then reuses it
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "memory", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_quick_memory.moc"
