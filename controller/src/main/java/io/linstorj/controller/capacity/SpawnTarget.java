package io.linstorj.controller.capacity;

/**
 * A pool the next spawn would place a replica in.
 *
 * @param nodeName the node
 * @param storagePoolName the pool on it
 * @param oversubscriptionRatio the pool's {@code MaxOversubscriptionRatio} (from the pool, its
 *     definition, its node or the controller; 20 unless set)
 */
public record SpawnTarget(String nodeName, String storagePoolName, double oversubscriptionRatio) {}
