import { BlockStack, Card, InlineStack, Link, Text } from "@shopify/polaris";
import { useEffect, useState } from "react";
import { useAdmin, useT } from "../app/context.js";

interface Loaded {
  readonly id: string;
  readonly url: string | null;
  readonly type: string;
}

/**
 * The case's photos and other attachments. The API wants the staff key on every request, which an
 * `<img src>` cannot send, so each file is fetched and shown from an object URL.
 */
export function PhotosCard({ ids }: { ids: readonly string[] }) {
  const { api } = useAdmin();
  const t = useT();
  const [files, setFiles] = useState<Loaded[]>([]);
  const key = ids.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `ids`
  useEffect(() => {
    let alive = true;
    const urls: string[] = [];
    Promise.all(
      ids.map(async (id) => {
        try {
          const blob = await api.attachment(id);
          const url = URL.createObjectURL(blob);
          urls.push(url);
          return { id, url, type: blob.type };
        } catch {
          return { id, url: null, type: "" };
        }
      }),
    ).then((loaded) => {
      if (alive) setFiles(loaded);
    });
    return () => {
      alive = false;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [key, api]);
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("case.photos")}
        </Text>
        {ids.length === 0 ? (
          <Text as="p" tone="subdued">
            {t("case.photosNone")}
          </Text>
        ) : (
          <InlineStack gap="300">
            {files.map((file) =>
              file.url === null ? (
                <Text as="p" tone="critical" key={file.id}>
                  {t("case.attachmentUnavailable", { id: file.id })}
                </Text>
              ) : file.type.startsWith("image/") ? (
                <a href={file.url} target="_blank" rel="noopener noreferrer" key={file.id}>
                  <img
                    src={file.url}
                    alt={t("case.photoAlt", { id: file.id })}
                    style={{ width: 160, height: 160, objectFit: "cover", borderRadius: 8 }}
                  />
                </a>
              ) : (
                <Link url={file.url} external key={file.id}>
                  {file.id}
                </Link>
              ),
            )}
          </InlineStack>
        )}
      </BlockStack>
    </Card>
  );
}
