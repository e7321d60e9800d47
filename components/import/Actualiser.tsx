"use client";
// While some reading is still running, the page asks the server again every two seconds.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

export function Actualiser({ actif }: { actif: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!actif) return;
    const minuterie = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(minuterie);
  }, [actif, router]);
  return null;
}
