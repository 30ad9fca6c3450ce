/**
 * Term pairs the notes and their readers use for the same thing: Korean spellings of loanwords,
 * the English term, abbreviations. The first form of a group is its key, spelt as the notes spell
 * it: indexing adds the key to every page that uses any form, and a query form is rewritten to
 * the key, so `파드`, `Pod` and `포드` all find a page that says `포드`. A key with a space
 * (`롤링 업데이트`) is searched as its words, which the chapter about it uses most. To add a term,
 * add a group here, the notes' spelling first; forms match case-insensitively, spaces ignored.
 */
export const GLOSSARY: readonly (readonly string[])[] = [
  ['포드', '파드', 'pod', 'pods'],
  ['레플리카셋', '레플리카 셋', 'replicaset', 'replica set', 'rs'],
  ['레플리케이션컨트롤러', '레플리케이션 컨트롤러', 'replicationcontroller', 'replication controller', 'rc'],
  ['디플로이먼트', '디플로이', 'deployment', 'deploy'],
  ['서비스', 'service', 'svc'],
  ['네임스페이스', '네임 스페이스', 'namespace', 'ns'],
  ['롤백', 'rollback', '롤 백'],
  ['롤링 업데이트', 'rolling update'],
  ['롤아웃', 'rollout'],
  ['프로브', 'probe'],
  ['라이브니스', 'liveness', '활성 프로브'],
  ['레디네스', 'readiness', '준비성'],
  ['프라이베이트', '프라이빗', 'private'],
  ['컨테이너', 'container'],
  ['이미지', 'image'],
  ['레지스트리', 'registry', '저장소'],
  ['엔드포인트', '엔드 포인트', 'endpoint', 'endpoints'],
  ['셀렉터', '셀렉타', '선택자', 'selector'],
  ['레이블', '라벨', '레이벨', 'label', 'labels'],
  ['스케줄러', '스케쥴러', 'scheduler'],
  ['컨트롤 플레인', 'control plane'],
  ['마스터 노드', 'master node'],
  ['워커 노드', 'worker node'],
  ['스태틱 포드', '정적 포드', 'static pod'],
  ['볼륨', 'volume'],
  ['쿠버네티스', 'kubernetes', 'k8s', '쿠베'],
  ['도커', 'docker'],
  ['노드', 'node', 'nodes'],
  ['클러스터', 'cluster'],
  ['매니페스트', 'manifest', '매니패스트'],
  ['레플리카', 'replica', 'replicas'],
  ['마이크로서비스', '마이크로 서비스', 'microservice', 'microservices'],
  ['도커파일', 'dockerfile', '도커 파일'],
  ['도커 허브', 'docker hub'],
  ['컨트롤러', 'controller'],
  ['스케일', 'scale', '스케일링', 'scaling'],
  ['kubectl', '큐브컨트롤', '쿠브컨트롤', '쿠베시티엘'],
  ['kubeadm', '큐브어드민'],
  ['kubelet', '큐블릿', '쿠블릿'],
  ['apiserver', 'kube-apiserver', 'api server', 'api 서버'],
  ['etcd', '이티시디'],
  ['로드밸런서', '로드 밸런서', 'loadbalancer', 'load balancer'],
  ['노드포트', '노드 포트', 'nodeport'],
  ['클러스터아이피', 'clusterip', '클러스터 ip'],
  ['리비전', 'revision', '개정'],
  ['헬스체크', '헬스 체크', 'health check', '상태 검사'],
];

/** Glossary form with spaces removed and lower-cased, the shape forms are compared in. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** Key of every glossary form (squashed), e.g. `파드` -> `포드`, `롤링업데이트` -> `롤링 업데이트`. */
export const FORM_TO_KEY: ReadonlyMap<string, string> = new Map(
  GLOSSARY.flatMap((group) => {
    const key = (group[0] as string).toLowerCase();
    return [[squash(key), key] as const, ...group.map((form) => [squash(form), key] as const)];
  }),
);

/** Longest form, in syllables/letters once squashed; bounds how far a query match looks. */
export const LONGEST_FORM = Math.max(...[...FORM_TO_KEY.keys()].map((form) => form.length));
