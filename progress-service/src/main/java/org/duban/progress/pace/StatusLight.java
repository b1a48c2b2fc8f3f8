package org.duban.progress.pace;

/** 预警 (红黄绿灯). */
public enum StatusLight {
    RED,
    AMBER,
    GREEN
}
