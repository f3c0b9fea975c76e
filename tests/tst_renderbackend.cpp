// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/renderbackend.h"

#include <QFile>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

// The renderer choice reads a /dev/dri folder: made here in a temporary folder, with plain
// files standing in for the device nodes (the check looks at names, as a device node cannot
// be made without CAP_MKNOD).
class TestRenderBackend : public QObject
{
    Q_OBJECT

    static void touch(const QString &path) { QVERIFY(QFile(path).open(QIODevice::WriteOnly)); }

private Q_SLOTS:
    void renderNodeMeansGpu()
    {
        QTemporaryDir dri;
        QVERIFY(!RenderBackend::hasGpuRenderNode(dri.path()));
        touch(dri.filePath(QStringLiteral("card0"))); // a display node alone: no render node
        QVERIFY(!RenderBackend::hasGpuRenderNode(dri.path()));
        touch(dri.filePath(QStringLiteral("renderD128")));
        QVERIFY(RenderBackend::hasGpuRenderNode(dri.path()));
        QVERIFY(!RenderBackend::hasGpuRenderNode(dri.filePath(QStringLiteral("missing"))));
    }

    void userChoiceWins()
    {
        QTemporaryDir dri;
        qputenv("QT_QUICK_BACKEND", "opengl");
        QVERIFY(!RenderBackend::chooseForThisMachine(dri.path()));
        qunsetenv("QT_QUICK_BACKEND");
        qputenv("QSG_RHI_BACKEND", "vulkan");
        QVERIFY(!RenderBackend::chooseForThisMachine(dri.path()));
        qunsetenv("QSG_RHI_BACKEND");
    }

    void gpuKeepsQtsDefault()
    {
        QTemporaryDir dri;
        touch(dri.filePath(QStringLiteral("renderD128")));
        const QString before = QQuickWindow::sceneGraphBackend();
        QVERIFY(!RenderBackend::chooseForThisMachine(dri.path()));
        QCOMPARE(QQuickWindow::sceneGraphBackend(), before);
    }

    void noGpuPicksTheSoftwareRenderer()
    {
        QTemporaryDir dri;
        QVERIFY(RenderBackend::chooseForThisMachine(dri.path()));
        // graphicsApi() reports the RHI's API only; the backend says "software".
        QCOMPARE(QQuickWindow::sceneGraphBackend(), QStringLiteral("software"));
    }
};

QTEST_GUILESS_MAIN(TestRenderBackend)
#include "tst_renderbackend.moc"
